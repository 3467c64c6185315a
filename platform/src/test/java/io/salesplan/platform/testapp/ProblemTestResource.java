package io.salesplan.platform.testapp;

import io.salesplan.platform.problem.ApiException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Endpoints that fail in each of the ways the problem mappers must translate. */
@Path("/test")
public class ProblemTestResource {

    public enum Kind { SMALL, LARGE }

    public record Line(@NotBlank String sku) {
    }

    public record NewOrder(@NotBlank @Size(max = 100) String name, @Min(1) int quantity, @NotNull Kind kind,
            List<@Valid Line> lines, OffsetDateTime deliverAt) {
    }

    private final Sql sql;

    public ProblemTestResource(Sql sql) {
        this.sql = sql;
    }

    @POST
    @Path("/orders")
    @Transactional
    public NewOrder create(@Valid @NotNull NewOrder order) {
        sql.update("insert into test_order (id, name) values (?, ?)", UUID.randomUUID(), order.name());
        return order;
    }

    @GET
    @Path("/orders/{id}")
    @jakarta.ws.rs.Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
    public String get(@PathParam("id") String id) {
        throw ApiException.notFound("Order", id);
    }

    @GET
    @Path("/versioned")
    @jakarta.ws.rs.Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response versioned() {
        return jakarta.ws.rs.core.Response.ok(java.util.Map.of("name", "x".repeat(2000)))
                .header("ETag", io.salesplan.platform.web.Versions.etag(3)).build();
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail at com.example.Secret");
    }
}
