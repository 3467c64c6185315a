package io.salesplan.goals.decomposition;

import io.salesplan.platform.web.Params;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goals")
public class DecompositionResource {

    private final DecompositionService service;

    public DecompositionResource(DecompositionService service) {
        this.service = service;
    }

    @POST
    @Path("/{id}/decompose")
    @Operation(summary = "Decompose a goal", description = "Splits a key result or KPI into child goals of the same type: by PERIOD into the quarters, months or ISO weeks of its period, "
            + "or by OWNER (company → top-level teams; team → its direct sub-teams and active reps). Additive targets split by weight (default equal) so that "
            + "the children sum exactly to the parent (100 deals over 3 reps = 34, 33, 33); ratio targets are copied. Decomposing again is a 409 unless replace is true, "
            + "which archives the earlier children. Publishes salesplan.goal.created.v1 for each child (and salesplan.goal.archived.v1 for each replaced one).")
    @APIResponse(responseCode = "201", description = "The new children: {\"parentId\", \"children\": [goal, …]}.",
            content = @Content(schema = @Schema(implementation = DecompositionDtos.DecompositionResponse.class)))
    @APIResponse(ref = "BadRequest", responseCode = "400")
    @APIResponse(ref = "NotFound", responseCode = "404")
    @APIResponse(ref = "Conflict", responseCode = "409")
    public Response decompose(
            @Parameter(description = "Goal id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id, @Valid @NotNull DecompositionDtos.DecomposeRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(service.decompose(Params.pathId("Goal", id), request)).build();
    }
}
