package io.salesplan.review.retrospective;

import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.review.ReviewConfig;
import io.salesplan.review.conversion.ConversionService;
import io.salesplan.review.conversion.ConversionView;
import io.salesplan.review.effectiveness.EffectivenessService;
import io.salesplan.review.effectiveness.TypeEffectiveness;
import io.salesplan.review.forecast.ForecastAccuracy;
import io.salesplan.review.forecast.ForecastService;
import io.salesplan.review.forecast.ForecastSubmissionService;
import io.salesplan.review.forecast.ForecastSubmissionResponse;
import io.salesplan.review.lostreason.LostReasonRow;
import io.salesplan.review.lostreason.LostReasonService;
import io.salesplan.review.scope.BusinessCalendar;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ReportWindow;
import io.salesplan.review.segment.Dimension;
import io.salesplan.review.segment.SegmentCalculator;
import io.salesplan.review.segment.SegmentService;
import io.salesplan.review.segment.SegmentTally;
import io.salesplan.review.variance.GoalVarianceView;
import io.salesplan.review.variance.RatioMetrics;
import io.salesplan.review.variance.VarianceService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A retrospective's snapshot of its scope's numbers. It holds only the scope's own data (child goals
 * owned outside the scope are left out), so that everyone who may read the retrospective — whoever
 * covers its scope — may read all of it.
 */
@ApplicationScoped
public class Snapshots {

    private final VarianceService variance;
    private final ConversionService conversion;
    private final EffectivenessService effectiveness;
    private final SegmentService segments;
    private final LostReasonService lostReasons;
    private final ForecastService forecasts;
    private final ForecastSubmissionService calls;
    private final RetrospectiveScopes scopes;
    private final StaleDealsQueries staleDeals;
    private final BusinessCalendar calendar;
    private final int staleDays;

    public Snapshots(VarianceService variance, ConversionService conversion, EffectivenessService effectiveness,
            SegmentService segments, LostReasonService lostReasons, ForecastService forecasts,
            ForecastSubmissionService calls, RetrospectiveScopes scopes, StaleDealsQueries staleDeals,
            BusinessCalendar calendar, ReviewConfig config) {
        this.variance = variance;
        this.conversion = conversion;
        this.effectiveness = effectiveness;
        this.segments = segments;
        this.lostReasons = lostReasons;
        this.forecasts = forecasts;
        this.calls = calls;
        this.scopes = scopes;
        this.staleDeals = staleDeals;
        this.calendar = calendar;
        this.staleDays = config.staleDays();
    }

    /** The numbers of the scope for the period, computed for the earlier of today and the period's end. */
    public RetrospectiveSnapshot of(OwnerScope scope, SalesPeriod period) {
        LocalDate today = calendar.today();
        LocalDate asOf = today.isAfter(period.end()) ? period.end() : today;
        List<GoalVarianceView> goals = variance.ofOwner(scope, period, asOf, scopes.ownedWithin(scope)).items();
        ReportWindow window = new ReportWindow(period.start(), period.end(), asOf);
        ConversionView cohort = conversion.ofOwner(scope, window, null);
        TypeEffectiveness best = effectiveness.ofOwner(scope, window).types().stream()
                .filter(t -> t.winRate() != null)
                .max(Comparator.comparing(TypeEffectiveness::winRate)
                        .thenComparingLong(TypeEffectiveness::wonOpportunities)
                        .thenComparing(TypeEffectiveness::type, Comparator.reverseOrder()))
                .orElse(null);
        List<SegmentExtremes> extremes = Arrays.stream(Dimension.values())
                .map(dimension -> extremes(dimension, segments.tallies(scope, dimension, window))).toList();
        List<LostReasonRow> lost = lostReasons.ofOwner(scope, window).items();
        return new RetrospectiveSnapshot(asOf, goals, cohort, cohort.biggestLeak(), best, staleDays,
                staleDeals.of(scope, asOf, staleDays),
                extremes, lost.subList(0, Math.min(3, lost.size())), forecasts.ofOwner(scope, period, asOf),
                accuracy(calls.counted(scope, period)));
    }

    private static SegmentExtremes extremes(Dimension dimension, List<SegmentTally> tallies) {
        SegmentCalculator.Extremes extremes = SegmentCalculator.extremes(tallies, SegmentCalculator.DEFAULT_MIN_DEALS);
        return new SegmentExtremes(dimension.key(), standing(tallies, extremes.best()),
                standing(tallies, extremes.worst()));
    }

    private static SegmentStanding standing(List<SegmentTally> tallies, SegmentTally segment) {
        return segment == null ? null : new SegmentStanding(segment.segment(),
                RatioMetrics.winRate(segment.won(), segment.lost()), segment.won() + segment.lost(),
                SegmentCalculator.winRateElsewhere(tallies, segment));
    }

    /** The counted calls' accuracy: of the last one, and on average. */
    private static CallAccuracy accuracy(List<ForecastSubmissionResponse> counted) {
        ForecastSubmissionResponse last = counted.isEmpty() ? null : counted.get(counted.size() - 1);
        return new CallAccuracy(counted.size(), last == null ? null : last.amount(), last == null ? null : last.actual(),
                last == null ? null : last.accuracy(),
                ForecastAccuracy.mean(counted.stream().map(ForecastSubmissionResponse::accuracy).toList()));
    }
}
