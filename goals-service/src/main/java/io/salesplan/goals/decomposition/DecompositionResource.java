package io.salesplan.goals.decomposition;

import io.salesplan.platform.web.Params;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    @Operation(operationId = "decomposeGoal", summary = "Decompose a goal", description = "Splits a key result or KPI into child goals of the same type: by PERIOD into the quarters, months or ISO weeks of its period, "
            + "or by OWNER (company → top-level teams; team → its direct sub-teams and active reps). Additive targets split by weight (default equal) so that "
            + "the children sum exactly to the parent (100 deals over 3 reps = 34, 33, 33); ratio targets are copied. Decomposing again is a 409 unless replace is true, "
            + "which archives the earlier children. Publishes salesplan.goal.created.v1 for each child (and salesplan.goal.archived.v1 for each replaced one).")
    @APIResponse(responseCode = "201", description = "The new children: {\"parentId\", \"children\": [goal, …]}; Location "
            + "names the list of the goal's children (GET /api/v1/goals?parentId=…).",
            content = @Content(schema = @Schema(implementation = DecompositionResponse.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    public Response decompose(
            @Parameter(description = "Goal id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "seasonalQuarters", summary = "A yearly goal into weighted quarters",
                            value = "{\"by\": \"PERIOD\", \"into\": \"QUARTER\", \"weights\": [1, 1, 1.5, 2]}"),
                    @ExampleObject(name = "byOwner", summary = "A team goal over two of its reps, 2 : 1",
                            value = "{\"by\": \"OWNER\", \"weights\": {\"3d6f1a2b-9c4e-4f8a-b1d2-7e5c6a9b0f13\": 2, "
                            + "\"6b0e2a52-6f0c-4a8e-9a57-2f1f0c9d8a11\": 1}}")}))
            @Valid @NotNull DecomposeRequest request, @Context UriInfo uri) {
        DecompositionResponse children = service.decompose(Params.pathId("Goal", id), request);
        // several resources were created: Location names the list that holds exactly them
        return Response.created(uri.getBaseUriBuilder().path("api/v1/goals")
                .queryParam("parentId", children.parentId()).build()).entity(children).build();
    }
}
