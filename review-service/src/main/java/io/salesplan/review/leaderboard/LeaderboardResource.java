package io.salesplan.review.leaderboard;

import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.web.Params;
import io.salesplan.review.goal.Metric;
import io.salesplan.review.scope.BusinessCalendar;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reviews/leaderboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leaderboard", description = "Reps of a team ranked by attainment")
public class LeaderboardResource {

    private static final String PROBLEM = "application/problem+json";

    private final LeaderboardService service;
    private final BusinessCalendar calendar;

    public LeaderboardResource(LeaderboardService service, BusinessCalendar calendar) {
        this.service = service;
        this.calendar = calendar;
    }

    @GET
    @Operation(operationId = "getLeaderboard",
            summary = "Rank a team's reps", description = "Every rep of the team and its sub-teams (as the org is "
            + "now) with an active goal of the metric for exactly the period, ranked by attainment on asOf, ties "
            + "broken by actual (reps equal on both share a rank). Target, actual and attainment are the goal's "
            + "variance; for ACTIVITIES a rep's goal counting every type is preferred over a typed one. Who may "
            + "see which team: an admin any team; a manager the teams they manage and every team below them; a "
            + "rep only their own team (its sub-teams' reps included, as for anyone), which is also what a rep "
            + "gets without teamId. Admins and managers must name the team. A team outside the caller's reach is "
            + "a 403 naming teamId; integration clients may not read leaderboards (403).")
    @APIResponse(responseCode = "200", description = "The ranking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LeaderboardView.class)))
    @APIResponse(responseCode = "400", description = "Malformed teamId, period, metric or asOf; teamId missing "
            + "for an admin or a manager (or a rep in no team)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No such team (admins; for others an unknown team is outside "
            + "their reach: 403)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public LeaderboardView leaderboard(
            @Parameter(description = "The team; required for admins and managers, a rep's own team by default",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("teamId") String teamId,
            @Parameter(required = true, description = "2026, 2026-Q1, 2026-03 or 2026-W10", example = "2026-Q1")
            @QueryParam("period") String period,
            @Parameter(required = true, schema = @Schema(enumeration = {"REVENUE_WON", "DEALS_WON",
                    "OPPORTUNITIES_CREATED", "ACTIVITIES", "WIN_RATE", "AVERAGE_DEAL_SIZE", "SALES_CYCLE_DAYS"}))
            @QueryParam("metric") String metric,
            @Parameter(description = "The day to compute for (YYYY-MM-DD), default today",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf) {
        UUID team = Params.uuid("teamId", teamId);
        SalesPeriod salesPeriod = period == null ? null : SalesPeriod.tryParse(period.trim()).orElse(null);
        if (salesPeriod == null) {
            throw ApiException.invalid("period", "must be " + SalesPeriod.FORMAT_HINT);
        }
        Metric chosen = Params.enumValue(Metric.class, "metric", metric);
        if (chosen == null) {
            throw ApiException.invalid("metric", "is required; allowed values: REVENUE_WON, DEALS_WON, "
                    + "OPPORTUNITIES_CREATED, ACTIVITIES, WIN_RATE, AVERAGE_DEAL_SIZE, SALES_CYCLE_DAYS");
        }
        return service.leaderboard(team, salesPeriod, chosen, calendar.asOf(asOf));
    }
}
