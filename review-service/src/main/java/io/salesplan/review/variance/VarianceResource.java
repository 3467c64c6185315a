package io.salesplan.review.variance;

import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.web.Params;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.scope.BusinessCalendar;
import io.salesplan.review.scope.OwnerScope;
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

@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goal variance", description = "Target against actual, pace and status of goals, from the event-fed read model")
public class VarianceResource {

    private static final String AS_OF = "The day to compute the report for (YYYY-MM-DD, default today in the "
            + "deployment's time zone). Only what happened on or before it counts, by business date: an "
            + "activity's occurredAt, a deal's creation and closing day. Any past day can be replayed; the "
            + "numbers reflect the latest known state (a deal reopened later counts as not won).";

    private final VarianceService variance;
    private final BusinessCalendar calendar;

    public VarianceResource(VarianceService variance, BusinessCalendar calendar) {
        this.variance = variance;
        this.calendar = calendar;
    }

    @GET
    @Path("goals/{goalId}")
    @Operation(operationId = "getGoalVariance",
            summary = "Variance of one goal", description = "Target, actual, variance, attainment, "
            + "expected-to-date, pace variance, projection and status of the goal on asOf, with the same for its "
            + "direct child goals (archived ones left out). A team's actual includes every member rep and every "
            + "sub-team. An archived goal can still be read here. A goal is visible to an admin; to a manager when "
            + "it is owned by a team they manage or below, a rep of those teams or themselves; to a rep when it is "
            + "their own. Any other goal, a company goal for anyone but an admin included, is a 404, and child "
            + "goals the caller may not see are left out. Integration clients may not read reports (403).")
    @APIResponse(responseCode = "200", description = "The goal's variance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GoalVarianceView.class)))
    @APIResponse(responseCode = "404", description = "No such goal (or not received from goals-service yet), or "
            + "one the caller may not see",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public GoalVarianceView goal(
            @Parameter(description = "The goal", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("goalId") String goalId,
            @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("asOf") String asOf) {
        LocalDate day = calendar.asOf(asOf);
        return variance.goal(Params.pathId("Goal", goalId), day);
    }

    @GET
    @Path("variance")
    @Operation(operationId = "listGoalVariance",
            summary = "Variance of an owner's goals", description = "Every active goal of the owner for the "
            + "period (exact period key: period=2026 lists the yearly goals, not the quarterly ones), each with its "
            + "direct children. Without period: the owner's goals whose period contains asOf. ownerType defaults to "
            + "COMPANY; ownerId is required for TEAM and REP. Child goals the caller may not see are left out."
            + OwnerAccess.REPORT_OWNERS)
    @APIResponse(responseCode = "200", description = "The goals' variance, ordered by period start and title",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VarianceList.class)))
    @APIResponse(responseCode = "400", description = "Unknown ownerType, missing or malformed ownerId, bad period "
            + "or asOf",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public VarianceList list(
            @Parameter(description = "COMPANY (default), TEAM or REP",
                    schema = @Schema(enumeration = {"COMPANY", "TEAM", "REP"}))
            @QueryParam("ownerType") String ownerType,
            @Parameter(description = "The team or rep; empty for the company",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("ownerId") String ownerId,
            @Parameter(description = "2026, 2026-Q1, 2026-03 or 2026-W10", example = "2026-Q1")
            @QueryParam("period") String period,
            @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("asOf") String asOf) {
        OwnerScope owner = OwnerScope.parse(ownerType, ownerId);
        SalesPeriod salesPeriod = null;
        if (period != null && !period.isBlank()) {
            salesPeriod = SalesPeriod.tryParse(period.trim())
                    .orElseThrow(() -> ApiException.invalid("period", "must be " + SalesPeriod.FORMAT_HINT));
        }
        return variance.list(owner, salesPeriod, calendar.asOf(asOf));
    }
}
