package io.salesplan.pipeline.funnel;

import io.salesplan.platform.web.Params;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pipelines/{id}/funnel")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pipelines")
public class FunnelResource {

    private final FunnelService service;

    public FunnelResource(FunnelService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getPipelineFunnel",
            summary = "The weighted funnel of a pipeline", description = "For every OPEN stage, in pipeline order "
            + "(stages with nothing in them included, with zeros): the count and total amount of the OPEN "
            + "opportunities in it and the weighted amount (amount × the stage's probability, 2 decimals), plus "
            + "totals over all open stages. Filter by ownerId and/or teamId; a team includes the reps of all its "
            + "sub-teams, as last announced by goals-service. Only opportunities the caller may see count: a "
            + "manager's funnel covers the reps of their teams and themselves, a rep's their own; an ownerId or "
            + "teamId outside that scope is a 403. For an admin or integration, an unknown owner or team gives an "
            + "empty funnel.")
    @APIResponse(responseCode = "200", description = "The funnel",
            content = @Content(schema = @Schema(implementation = FunnelView.class)))
    public FunnelView funnel(@PathParam("id") String id,
            @Parameter(description = "Only this rep's opportunities") @QueryParam("ownerId") String ownerId,
            @Parameter(description = "Only opportunities of reps in this team or its sub-teams")
            @QueryParam("teamId") String teamId) {
        return service.funnel(Params.pathId("Pipeline", id), Params.uuid("ownerId", ownerId),
                Params.uuid("teamId", teamId));
    }
}
