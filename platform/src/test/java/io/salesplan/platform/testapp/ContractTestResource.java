package io.salesplan.platform.testapp;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An operation whose answers keep to its documented contract, or break it on purpose, one way per case. */
@Path("/api/test-contract")
@Produces(MediaType.APPLICATION_JSON)
public class ContractTestResource {

    @Schema(name = "ContractKind")
    public enum Kind { ONE, TWO }

    @Schema(name = "ContractSample")
    public record Sample(String name, @Schema(nullable = true) String note, @Schema(nullable = true) Kind kind) {
    }

    @GET
    @Path("/{case}")
    @Operation(operationId = "contractSample", summary = "A sample answer", description = "kept keeps to the contract; "
            + "every other case breaks it in one way.")
    @APIResponse(responseCode = "200", description = "A sample.", headers = @Header(name = "ETag", description = "Its version."),
            content = @Content(schema = @Schema(implementation = Sample.class)))
    public Response sample(@PathParam("case") String which) {
        return switch (which) {
            case "kept" -> json("{\"name\": \"a\", \"note\": null, \"kind\": null}", 200);
            case "null-name" -> json("{\"name\": null, \"note\": \"x\", \"kind\": \"ONE\"}", 200);
            case "missing-note" -> json("{\"name\": \"a\", \"kind\": \"TWO\"}", 200);
            case "unknown-kind" -> json("{\"name\": \"a\", \"note\": null, \"kind\": \"THREE\"}", 200);
            case "no-etag" -> Response.ok("{\"name\": \"a\", \"note\": null, \"kind\": \"ONE\"}",
                    MediaType.APPLICATION_JSON).build();
            case "bad-etag" -> Response.ok("{\"name\": \"a\", \"note\": null, \"kind\": \"ONE\"}",
                    MediaType.APPLICATION_JSON).header("ETag", "version one").build();
            case "text" -> Response.ok("a", MediaType.TEXT_PLAIN).header("ETag", "\"1\"").build();
            default -> json("{\"name\": \"teapot\", \"note\": null, \"kind\": null}", 418);
        };
    }

    private static Response json(String body, int status) {
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON).header("ETag", "\"1\"").build();
    }
}
