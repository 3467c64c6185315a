package io.salesplan.platform.testapp;

import io.salesplan.platform.problem.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A report, as review-service's are: every operation under /api/v1/reviews is timed by its route template. */
@Path("/api/v1/reviews/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ReportProbeResource {

    @GET
    @Path("/{ownerId}")
    @Operation(operationId = "probeTestReport", summary = "A report-like answer (report latency tests)")
    public Map<String, String> report(@PathParam("ownerId") String ownerId) {
        if (ownerId.equals("missing")) {
            throw ApiException.notFound("Owner", ownerId);
        }
        return Map.of("ownerId", ownerId);
    }
}
