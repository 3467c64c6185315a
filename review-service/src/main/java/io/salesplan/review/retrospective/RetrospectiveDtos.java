package io.salesplan.review.retrospective;

import io.salesplan.review.conversion.ConversionView;
import io.salesplan.review.effectiveness.TypeEffectiveness;
import io.salesplan.review.forecast.ForecastView;
import io.salesplan.review.lostreason.LostReasonRow;
import io.salesplan.review.variance.GoalVarianceView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of the retrospectives API. */
public final class RetrospectiveDtos {

    private RetrospectiveDtos() {
    }

    @Schema(name = "RetrospectiveCreate", description = "A new retrospective: its cadence, scope and period")
    public record CreateRequest(
            @Schema(required = true, enumeration = {"WEEKLY", "MONTHLY", "QUARTERLY"}, example = "QUARTERLY")
            String cadence,
            @Schema(required = true, enumeration = {"REP", "TEAM", "COMPANY"}, example = "TEAM") String scopeType,
            @Schema(description = "The rep or team; null for the company") String scopeId,
            @Schema(required = true, description = "Must match the cadence: 2026-W10 for WEEKLY, 2026-03 for "
                    + "MONTHLY, 2026-Q1 for QUARTERLY", example = "2026-Q1") String period) {
    }

    @Schema(name = "RetrospectivePatch", description = "What people add to an open retrospective; a field left "
            + "out (or null) keeps its value, a list given replaces the stored list")
    public record PatchRequest(
            @Size(max = 20000) @Schema(description = "Free notes") String notes,
            @Size(max = 100) List<@NotBlank @Size(max = 2000) String> causes,
            @Size(max = 100) List<@Valid @NotNull Action> actions) {
    }

    @Schema(name = "RetrospectiveAction", description = "Something someone will do, optionally proposing a new "
            + "target for a goal of the scope")
    public record Action(
            @NotBlank @Size(max = 2000) @Schema(required = true, example = "Two more demos a week per rep")
            String description,
            @Schema(description = "Who does it (a rep)", nullable = true) UUID ownerId,
            @Schema(description = "By when", example = "2026-04-15", nullable = true) LocalDate dueDate,
            @Schema(nullable = true) @Valid Adjustment adjustment) {
    }

    @Schema(name = "RetrospectiveAdjustment", description = "A proposed new target; sent to goals-service as a "
            + "proposal when the retrospective closes. The goal must belong to the scope: the rep's goals for a "
            + "rep, the goals of the team, its sub-teams and their reps for a team, any goal for the company")
    public record Adjustment(
            @NotNull @Schema(required = true) UUID goalId,
            @NotNull @Schema(required = true, description = "Greater than 0", example = "900000")
            BigDecimal newTargetValue,
            @Size(max = 2000) @Schema(example = "Two reps left in February", nullable = true) String reason) {
    }

    @Schema(name = "StaleDeal", description = "An open deal with no activity for the configured number of days")
    public record StaleDeal(UUID opportunityId, UUID ownerId, String stage, BigDecimal amount,
            @Schema(description = "The last activity on the deal, or its creation day without any")
            LocalDate lastActivityDate,
            @Schema(description = "Days from lastActivityDate to the snapshot's asOf") long daysWithoutActivity) {
    }

    @Schema(name = "SegmentStanding", description = "How one segment converts against the rest of the cohort")
    public record SegmentStanding(
            @Schema(description = "The segment's value", example = "Manufacturing") String segment,
            @Schema(description = "won ÷ (won + lost) of the segment's deals, 4 decimals", example = "0.42")
            BigDecimal winRate,
            @Schema(description = "The segment's closed deals (won + lost)", example = "24") long closed,
            @Schema(description = "won ÷ (won + lost) of every other deal of the cohort (those without a value "
                    + "included), 4 decimals; null when none closed", example = "0.18",
                    nullable = true) BigDecimal winRateElsewhere) {
    }

    @Schema(name = "SegmentExtremes", description = "The best and worst converting segment of one dimension (see "
            + "GET /api/v1/reviews/segments, with minDeals 5); both null when no two segments qualify or all "
            + "convert alike")
    public record SegmentExtremes(
            @Schema(enumeration = {"industry", "region", "size"}) String dimension,
            @Schema(nullable = true) SegmentStanding best,
            @Schema(nullable = true) SegmentStanding worst) {
    }

    @Schema(name = "ForecastCallAccuracy", description = "How the scope's forecast calls for the period turned out: "
            + "only the latest call of each ISO week counts")
    public record CallAccuracy(
            @Schema(description = "Counted calls (the latest of each week)", example = "6") int calls,
            @Schema(description = "The amount of the last call; null without calls", example = "2300000.00",
                    nullable = true)
            BigDecimal lastCall,
            @Schema(description = "Revenue won in the period; null until it has ended", example = "2070000.00",
                    nullable = true)
            BigDecimal actual,
            @Schema(description = "actual ÷ the last call, 4 decimals; null until the period has ended",
                    example = "0.9", nullable = true) BigDecimal lastAccuracy,
            @Schema(description = "The mean of actual ÷ call over the counted calls, 4 decimals; null until the "
                    + "period has ended", example = "0.8512", nullable = true) BigDecimal meanAccuracy) {
    }

    @Schema(name = "RetrospectiveSnapshot", description = "The numbers at creation, frozen: the scope's active goals "
            + "of the period with their variance, the conversion cohort of the deals created in the period (default "
            + "pipeline), the activity type with the best win rate, the stale deals, the best and worst segment per "
            + "profile dimension, the top three lost reasons, the period's forecast and how the forecast calls "
            + "turned out. Retrospectives held before segments, lost reasons and forecasts existed lack those parts.")
    public record Snapshot(
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

    @Schema(name = "Retrospective")
    public record RetrospectiveView(
            UUID id,
            @Schema(enumeration = {"WEEKLY", "MONTHLY", "QUARTERLY"}) Cadence cadence,
            @Schema(enumeration = {"REP", "TEAM", "COMPANY"}) String scopeType,
            @Schema(description = "null for the company", nullable = true) UUID scopeId,
            @Schema(example = "2026-Q1") String period,
            @Schema(enumeration = {"OPEN", "CLOSED"}) RetrospectiveStatus status,
            Snapshot snapshot,
            @Schema(description = "Draft findings in plain words, from the snapshot",
                    example = "[\"REVENUE_WON is 35 % behind pace\"]") List<String> findings,
            @Schema(description = "Free notes; null until someone writes some", nullable = true) String notes,
            List<String> causes,
            List<Action> actions,
            @Schema(description = "Who created it: the subject (sub) of their token",
                    example = "li.wei@example.com") String createdBy,
            @Schema(description = "Who last changed or closed it: the subject (sub) of their "
                    + "token; 'unknown' for retrospectives from before sign-in existed",
                    example = "li.wei@example.com") String updatedBy) {
    }
}
