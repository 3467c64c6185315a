package io.salesplan.review.aggregate;

import io.salesplan.review.goal.ActivityType;
import io.salesplan.review.org.TeamRepository;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the aggregates for an owner scope: a rep's own rows, the company's total rows, or the team
 * rows of a team and all its sub-teams (as the org is now; each team's rows sum the reps it has now,
 * see {@link DailyAggregates}). A range is read mostly from the
 * monthly rows ({@link RangePlan}), so a year to date costs a dozen rows per rep and type instead of
 * a row per day.
 */
@ApplicationScoped
public class Actuals {

    private final ActualsQueries queries;
    private final TeamRepository teams;

    public Actuals(ActualsQueries queries, TeamRepository teams) {
        this.queries = queries;
        this.teams = teams;
    }

    public DealTotals deals(OwnerScope scope, LocalDate from, LocalDate to) {
        return queries.dealsByOwner(prefix(scope), owners(scope), from, to).values().stream()
                .reduce(DealTotals.NONE, DealTotals::plus);
    }

    /** Activities per type in the range; every type is absent or positive. */
    public Map<String, Long> activitiesByType(OwnerScope scope, LocalDate from, LocalDate to) {
        Map<String, Long> result = new LinkedHashMap<>();
        queries.activitiesByOwner(prefix(scope), owners(scope), from, to).values()
                .forEach(byType -> byType.forEach((type, count) -> result.merge(type, count, Long::sum)));
        return result;
    }

    public long activities(OwnerScope scope, LocalDate from, LocalDate to, ActivityType type) {
        Map<String, Long> byType = activitiesByType(scope, from, to);
        if (type != null) {
            return byType.getOrDefault(type.name(), 0L);
        }
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Deal totals of several owners (reps, or the company's total row) over the same range, in one query. */
    public Map<UUID, DealTotals> dealsByOwner(Collection<UUID> owners, LocalDate from, LocalDate to) {
        return queries.dealsByOwner(ActualsQueries.REP_ROWS, owners, from, to);
    }

    /** Activities per type of several owners over the same range, in one query; absent or positive. */
    public Map<UUID, Map<String, Long>> activitiesByOwner(Collection<UUID> owners, LocalDate from, LocalDate to) {
        return queries.activitiesByOwner(ActualsQueries.REP_ROWS, owners, from, to);
    }

    /** The owners whose rows make up a scope: the company's total row, the rep, or the team tree's teams. */
    private Collection<UUID> owners(OwnerScope scope) {
        return switch (scope.type()) {
            case COMPANY -> List.of(OwnerScope.COMPANY_ID);
            case REP -> List.of(scope.id());
            // resolved first, so that the aggregate query is an index lookup per team
            case TEAM -> teams.subtree(scope.id());
        };
    }

    private static String prefix(OwnerScope scope) {
        return scope.type() == OwnerType.TEAM ? ActualsQueries.TEAM_ROWS : ActualsQueries.REP_ROWS;
    }
}
