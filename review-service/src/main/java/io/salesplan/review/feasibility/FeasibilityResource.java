package io.salesplan.review.feasibility;

import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.web.Params;
import io.salesplan.review.scope.BusinessCalendar;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reviews/goals/{goalId}/feasibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feasibility", description = "Whether a goal can still be reached, from history and open pipeline")
public class FeasibilityResource {

    private static final String PROBLEM = "application/problem+json";

    private static final String DESCRIPTION = """
            For a REVENUE_WON or DEALS_WON goal: what it still needs against the owner's history and open \
            pipeline. The owner is the goal's scope: the rep, the team with all its sub-teams (as the org is now) \
            or the company.

            **required**: remaining = target − actual (actual from the period's first day to asOf, as in the \
            goal's variance; never below 0); remainingWorkingDays and daysLeft (calendar) after asOf up to the \
            period's end; deals = ceil(remaining ÷ average deal size) for revenue, the remaining count for deals; \
            opportunities = ceil(deals ÷ win rate).

            **history**: the scope's deals closed (won or lost, by closing day) in the trailing window of \
            salesplan.review.feasibility-window-days days (default 180) ending on asOf: win rate = won ÷ (won + \
            lost), average won deal size, average cycle (days from creation to win).

            **coverage** = open pipeline expected to close in the period ÷ remaining: opportunities open on asOf \
            (created by then, not closed by then) whose expected close date lies from asOf (or the period's first \
            day) to the period's end; their amounts for revenue, their count for deals. Deals without an expected \
            close date are not counted; those expected before asOf are reported as overdue, not counted. \
            **requiredCoverage** = 1 ÷ win rate. Both have 2 decimals and are compared as reported.

            **verdict**, first rule that applies: nothing remains → REALISTIC; the period is over → UNREALISTIC; \
            no closed deal in the window → no win rate is assumed, the reasons say so, requiredCoverage, deals \
            (revenue) and opportunities are null, and the verdict is STRETCH if coverage ≥ 1 (the pipeline would \
            do if enough of it is won), else UNREALISTIC; closed deals but none won → UNREALISTIC; coverage ≥ \
            requiredCoverage → REALISTIC; coverage ≥ 0.5 × requiredCoverage and daysLeft ≥ the average cycle (new \
            opportunities can still close in time) → STRETCH; otherwise UNREALISTIC.

            **reasons** say the same in words with the numbers, e.g. "open pipeline expected to close by \
            2026-03-31 covers 1.80× the remaining 400 000; 5.00× is needed at a 20 % win rate".

            Other metrics (activities, opportunities created, ratio metrics) are a 422: pipeline coverage and win \
            rate say nothing about them; the daily plan re-paces activity and opportunity goals.

            **Access**: a goal is visible to an admin; to a manager when it is owned by a team they manage or \
            below, a rep of those teams or themselves; to a rep when it is their own. Any other goal, a company \
            goal for anyone but an admin included, is a 404. Integration clients may not read reports (403).""";

    private final FeasibilityService service;
    private final BusinessCalendar calendar;

    public FeasibilityResource(FeasibilityService service, BusinessCalendar calendar) {
        this.service = service;
        this.calendar = calendar;
    }

    @GET
    @Operation(operationId = "getGoalFeasibility",
            summary = "Is a revenue or deal goal still realistic?", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FeasibilityView.class)))
    @APIResponse(responseCode = "404", description = "No such goal (or not received from goals-service yet), or "
            + "one the caller may not see; a goalId that is not a UUID names no goal either",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The goal's metric is not REVENUE_WON or DEALS_WON",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public FeasibilityView feasibility(
            @Parameter(description = "The goal", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("goalId") String goalId,
            @Parameter(description = "The day to assess on (YYYY-MM-DD, default today in the deployment's time "
                    + "zone); only what happened on or before it counts, by business date",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("asOf") String asOf) {
        LocalDate day = calendar.asOf(asOf);
        return service.assess(Params.pathId("Goal", goalId), day);
    }
}
