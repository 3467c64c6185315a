package io.salesplan.review.retrospective;

import io.salesplan.review.conversion.ConversionView;
import io.salesplan.review.effectiveness.TypeEffectiveness;
import io.salesplan.review.forecast.ForecastView;
import io.salesplan.review.lostreason.LostReasonRow;
import io.salesplan.review.variance.GoalVarianceView;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RetrospectiveSnapshot", description = "The numbers at creation, frozen: the scope's active goals "
        + "of the period with their variance, the conversion cohort of the deals created in the period (default "
        + "pipeline), the activity type with the best win rate, the stale deals, the best and worst segment per "
        + "profile dimension, the top three lost reasons, the period's forecast and how the forecast calls "
        + "turned out. Retrospectives held before segments, lost reasons and forecasts existed lack those parts.")
public record RetrospectiveSnapshot(
        @Schema(description = "The day the numbers are computed for: the earlier of today and the period's end")
        LocalDate asOf,
        List<GoalVarianceView> goals,
        ConversionView conversion,
        @Schema(description = "The open stage with the lowest conversion to the next; null without one",
                nullable = true)
        String biggestLeak,
        @Schema(description = "The activity type with the highest win rate (ties: more won deals); null when no "
                + "touched deal closed", nullable = true) TypeEffectiveness bestActivityType,
        @Schema(description = "salesplan.review.stale-days", example = "14") int staleDays,
        List<StaleDeal> staleDeals,
        @Schema(description = "Per dimension (industry, region, size) of the cohort created in the period; null "
                + "for retrospectives held before segments existed", nullable = true)
        List<SegmentExtremes> segments,
        @Schema(description = "The three most frequent codes of the deals lost in the period (see GET "
                + "/api/v1/reviews/lost-reasons); null for retrospectives held before lost reasons existed",
                nullable = true) List<LostReasonRow> topLostReasons,
        @Schema(description = "The scope's forecast of the period on asOf; null for retrospectives held before "
                + "forecasts existed", nullable = true) ForecastView forecast,
        @Schema(description = "The scope's forecast calls for the period; null for retrospectives held before "
                + "forecasts existed", nullable = true) CallAccuracy forecastAccuracy) {
}
