package io.salesplan.goals.me;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The signed-in caller.")
public class MeResource {

    private final MeService service;

    public MeResource(MeService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getMe", summary = "Who am I", description = "The caller's subject, e-mail, roles, matching rep and scope. Any valid token may ask, "
            + "also a manager's or rep's whose e-mail matches no active rep (repId is then null and the scope empty).")
    @APIResponse(responseCode = "200", description = "The caller.", content = @Content(schema = @Schema(implementation = MeView.class)))
    public MeView me() {
        return service.me();
    }
}
