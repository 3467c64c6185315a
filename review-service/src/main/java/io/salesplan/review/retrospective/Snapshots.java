package io.salesplan.review.retrospective;

import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.review.ReviewConfig;
import io.salesplan.review.conversion.ConversionService;
import io.salesplan.review.conversion.ConversionView;
import io.salesplan.review.effectiveness.EffectivenessService;
import io.salesplan.review.effectiveness.TypeEffectiveness;
import io.salesplan.review.goal.Goal;
import io.salesplan.review.org.RepRepository;
import io.salesplan.review.org.TeamRepository;
import io.salesplan.review.forecast.ForecastAccuracy;
import io.salesplan.review.forecast.ForecastService;
import io.salesplan.review.forecast.ForecastSubmissionService;
import io.salesplan.review.forecast.ForecastSubmissionView;
import io.salesplan.review.lostreason.LostReasonRow;
import io.salesplan.review.lostreason.LostReasonService;
import io.salesplan.review.retrospective.RetrospectiveDtos.CallAccuracy;
import io.salesplan.review.retrospective.RetrospectiveDtos.SegmentExtremes;
import io.salesplan.review.retrospective.RetrospectiveDtos.SegmentStanding;
import io.salesplan.review.retrospective.RetrospectiveDtos.Snapshot;
import io.salesplan.review.retrospective.RetrospectiveDtos.StaleDeal;
import io.salesplan.review.scope.BusinessCalendar;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import io.salesplan.review.scope.ReportWindow;
import io.salesplan.review.scope.ScopeFilter;
import io.salesplan.review.segment.Dimension;
import io.salesplan.review.segment.SegmentCalculator;
import io.salesplan.review.segment.SegmentService;
import io.salesplan.review.segment.SegmentTally;
import io.salesplan.review.variance.GoalVarianceView;
import io.salesplan.review.variance.RatioMetrics;
import io.salesplan.review.variance.VarianceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

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
    private final TeamRepository teams;
    private final RepRepository reps;
    private final EntityManager em;
    private final BusinessCalendar calendar;
    private final int staleDays;

    public Snapshots(VarianceService variance, ConversionService conversion, EffectivenessService effectiveness,
            SegmentService segments, LostReasonService lostReasons, ForecastService forecasts,
            ForecastSubmissionService calls, TeamRepository teams, RepRepository reps, EntityManager em,
            BusinessCalendar calendar, ReviewConfig config) {
        this.variance = variance;
        this.conversion = conversion;
        this.effectiveness = effectiveness;
        this.segments = segments;
        this.lostReasons = lostReasons;
        this.forecasts = forecasts;
        this.calls = calls;
        this.teams = teams;
        this.reps = reps;
        this.em = em;
        this.calendar = calendar;
        this.staleDays = config.staleDays();
    }

    /** The numbers of the scope for the period, computed for the earlier of today and the period's end. */
    public Snapshot of(OwnerScope scope, SalesPeriod period) {
        LocalDate today = calendar.today();
        LocalDate asOf = today.isAfter(period.end()) ? period.end() : today;
        List<GoalVarianceView> goals = variance.ofOwner(scope, period, asOf, ownedWithin(scope)).items();
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
        return new Snapshot(asOf, goals, cohort, cohort.biggestLeak(), best, staleDays, staleDeals(scope, asOf),
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
    private static CallAccuracy accuracy(List<ForecastSubmissionView> counted) {
        ForecastSubmissionView last = counted.isEmpty() ? null : counted.get(counted.size() - 1);
        return new CallAccuracy(counted.size(), last == null ? null : last.amount(), last == null ? null : last.actual(),
                last == null ? null : last.accuracy(),
                ForecastAccuracy.mean(counted.stream().map(ForecastSubmissionView::accuracy).toList()));
    }

    /**
     * The goals owned within a scope, as the org is now: any goal for the company, the rep's own for a
     * rep, and for a team those of the team, its sub-teams and their reps.
     */
    public Predicate<Goal> ownedWithin(OwnerScope scope) {
        return switch (scope.type()) {
            case COMPANY -> goal -> true;
            case REP -> goal -> OwnerType.REP.name().equals(goal.ownerType) && scope.id().equals(goal.ownerId);
            case TEAM -> {
                Set<UUID> teamTree = teams.subtree(scope.id());
                Set<UUID> members = Set.copyOf(reps.ofTeamTree(scope.id()));
                yield goal -> OwnerType.TEAM.name().equals(goal.ownerType) ? teamTree.contains(goal.ownerId)
                        : OwnerType.REP.name().equals(goal.ownerType) && members.contains(goal.ownerId);
            }
        };
    }

    /** Open deals of the scope whose last activity (or creation, without any) is staleDays or more before asOf. */
    private List<StaleDeal> staleDeals(OwnerScope scope, LocalDate asOf) {
        ScopeFilter filter = ScopeFilter.of(scope, "o.owner_id");
        String sql = filter.with() + "select o.opportunity_id, o.owner_id, o.stage, o.amount, "
                + "greatest(o.created_date, coalesce(max(a.occurred_date), o.created_date)) as last_day "
                + "from rm_opportunity o left join rm_activity a on a.opportunity_id = o.opportunity_id "
                + "and not a.deleted and a.occurred_date <= :asOf "
                + "where o.status = 'OPEN' and o.created_date <= :asOf and " + filter.condition()
                + " group by o.opportunity_id, o.owner_id, o.stage, o.amount, o.created_date "
                + "having greatest(o.created_date, coalesce(max(a.occurred_date), o.created_date)) <= :cutoff "
                + "order by last_day, o.opportunity_id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filter.bind(em.createNativeQuery(sql))
                .setParameter("asOf", asOf)
                .setParameter("cutoff", asOf.minusDays(staleDays))
                .getResultList();
        return rows.stream().map(row -> {
            LocalDate last = row[4] instanceof Date date ? date.toLocalDate() : (LocalDate) row[4];
            return new StaleDeal((UUID) row[0], (UUID) row[1], (String) row[2], (BigDecimal) row[3], last,
                    ChronoUnit.DAYS.between(last, asOf));
        }).toList();
    }
}
