package io.salesplan.review.forecast;

import io.salesplan.platform.period.Granularity;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.scope.BusinessCalendar;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ReportParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reviews/forecast")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forecast", description = "Will the owner make the number: won, commit, best case, pipeline, gap")
public class ForecastResource {

    private final ForecastService forecasts;
    private final BusinessCalendar calendar;

    public ForecastResource(ForecastService forecasts, BusinessCalendar calendar) {
        this.forecasts = forecasts;
        this.calendar = calendar;
    }

    @GET
    @Operation(operationId = "getForecastReport", summary = "Forecast of a period",
            description = "target: the owner's active REVENUE_WON goal for exactly the period (null without one). "
            + "won: revenue won in the period up to asOf. commit, bestCase and pipeline: Σ amount of the owner's "
            + "deals open on asOf (created by then, not closed by then) with an expected close date in the period, "
            + "each of its forecast category alone (a deal closed after asOf counts with the category it had while "
            + "open). weightedPipeline = Σ amount × the probability of the deal's stage over all those open deals. "
            + "gap = target − (won + commit). Amounts are the deals' latest known ones; a team is its reps and "
            + "sub-teams as the org is now. Defaults: asOf today, period the quarter that holds asOf."
            + OwnerAccess.REPORT_OWNERS)
    @APIResponse(responseCode = "200", description = "The forecast",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ForecastView.class)))
    @APIResponse(responseCode = "400", description = "Unknown ownerType, missing ownerId, bad period or asOf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ForecastView forecast(
            @BeanParam ReportParams report,
            @Parameter(description = "2026, 2026-Q2, 2026-05 or 2026-W20; default the quarter that holds asOf",
                    example = "2026-Q2") @QueryParam("period") String period) {
        OwnerScope owner = report.owner();
        LocalDate day = calendar.asOf(report.asOf());
        SalesPeriod salesPeriod = period == null || period.isBlank() ? SalesPeriod.containing(day, Granularity.QUARTER)
                : SalesPeriod.tryParse(period.trim())
                        .orElseThrow(() -> ApiException.invalid("period", "must be " + SalesPeriod.FORMAT_HINT));
        return forecasts.forecast(owner, salesPeriod, day);
    }
}
