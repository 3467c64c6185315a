package io.salesplan.goals.adjustment;

import io.salesplan.platform.web.Params;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/goals/{id}/adjustments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan adjustments", description = "Target changes proposed by closed retrospectives, accepted or rejected here.")
public class PlanAdjustmentResource {

    private final PlanAdjustmentService service;

    public PlanAdjustmentResource(PlanAdjustmentService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listPlanAdjustments", summary = "List a goal's plan adjustments", description = "Every proposal for the goal, oldest first; status filters them.")
    @APIResponse(responseCode = "200", description = "{\"items\": [adjustment, …]}",
            content = @Content(schema = @Schema(implementation = PlanAdjustmentListResponse.class)))
    public PlanAdjustmentListResponse list(
            @Parameter(description = "Goal id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = "Only proposals in this state.", schema = @Schema(implementation = AdjustmentStatus.class))
            @QueryParam("status") String status) {
        return service.list(Params.pathId("Goal", id), Params.enumValue(AdjustmentStatus.class, "status", status));
    }

    @POST
    @Path("/{adjustmentId}/accept")
    @Operation(operationId = "acceptPlanAdjustment", summary = "Accept a plan adjustment", description = "The goal's target becomes the proposed one (publishes salesplan.goal.updated.v1). "
            + "Deciding a proposal that was already accepted or rejected is a 409, as is one that cannot apply (archived goal, target invalid for the metric).")
    @APIResponse(responseCode = "200", description = "The accepted adjustment.",
            content = @Content(schema = @Schema(implementation = PlanAdjustmentResponse.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    public PlanAdjustmentResponse accept(
            @Parameter(description = "Goal id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = "Plan adjustment id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("adjustmentId") String adjustmentId) {
        return service.accept(Params.pathId("Goal", id), Params.pathId("Plan adjustment", adjustmentId));
    }

    @POST
    @Path("/{adjustmentId}/reject")
    @Operation(operationId = "rejectPlanAdjustment", summary = "Reject a plan adjustment", description = "The goal keeps its target. Deciding a proposal twice is a 409.")
    @APIResponse(responseCode = "200", description = "The rejected adjustment.",
            content = @Content(schema = @Schema(implementation = PlanAdjustmentResponse.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    public PlanAdjustmentResponse reject(
            @Parameter(description = "Goal id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = "Plan adjustment id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("adjustmentId") String adjustmentId) {
        return service.reject(Params.pathId("Goal", id), Params.pathId("Plan adjustment", adjustmentId));
    }
}
