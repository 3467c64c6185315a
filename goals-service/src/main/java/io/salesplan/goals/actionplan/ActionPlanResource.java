package io.salesplan.goals.actionplan;

import io.salesplan.platform.web.Params;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
@Tag(name = "Action plans", description = "Revenue goals run backwards through the funnel into deals, opportunities and daily activities.")
public class ActionPlanResource {

    private final ActionPlanService service;

    public ActionPlanResource(ActionPlanService service) {
        this.service = service;
    }

    @POST
    @Path("/{id}/action-plan")
    @Operation(operationId = "planGoalActions", summary = "Back-calculate an action plan from a REVENUE_WON goal",
            description = "Per owner: deals = ceil(revenue ÷ averageDealSize), opportunities = ceil(deals ÷ winRate), activities[t] = ceil(opportunities × ratio[t]), "
                    + "perWorkingDay[t] and perWeek[t] rounded up to 2 decimals (150 visits in 2026 → 0.58 a day, 2.88 a week); totals sum the owners. "
                    + "With apply=true it also creates — or, on a later apply, updates (never duplicates) — KPI child goals per owner (DEALS_WON, "
                    + "OPPORTUNITIES_CREATED, ACTIVITIES per type) and archives the ones the new plan no longer needs. A goal that does not measure REVENUE_WON is a 409.")
    @APIResponse(responseCode = "200", description = "The plan (and, with apply, the KPI goals it maintains).",
            content = @Content(schema = @Schema(implementation = ActionPlanView.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    public ActionPlanView plan(
            @Parameter(description = "Goal id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "preview", summary = "Preview a plan: 100 000 a deal, 20 % won",
                    value = "{\"averageDealSize\": 100000, \"winRate\": 0.2, "
                    + "\"activitiesPerOpportunity\": {\"VISIT\": 3, \"DEMO\": 1, \"CALL\": 10}, "
                    + "\"apply\": false}")))
            @Valid @NotNull ActionPlanRequest request) {
        return service.plan(Params.pathId("Goal", id), request);
    }
}
