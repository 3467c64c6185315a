package io.salesplan.review.leaderboard;

import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.review.goal.Metric;
import io.salesplan.review.org.TeamRepository;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import io.salesplan.review.scope.ScopeFilter;
import io.salesplan.review.variance.GoalVarianceView;
import io.salesplan.review.variance.VarianceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LeaderboardService {

    private final TeamRepository teams;
    private final VarianceService variance;
    private final EntityManager em;

    public LeaderboardService(TeamRepository teams, VarianceService variance, EntityManager em) {
        this.teams = teams;
        this.variance = variance;
        this.em = em;
    }

    @Transactional
    public LeaderboardView leaderboard(UUID teamId, SalesPeriod period, Metric metric, LocalDate asOf) {
        if (teams.findByIdOptional(teamId).isEmpty()) {
            throw ApiException.unknownReference("teamId", "team " + teamId + " does not exist");
        }
        List<LeaderboardRanking.Entry> entries = new ArrayList<>();
        for (UUID rep : repsOf(teamId)) {
            goalOf(variance.owner(new OwnerScope(OwnerType.REP, rep), period, asOf).items(), metric)
                    .ifPresent(goal -> entries.add(new LeaderboardRanking.Entry(rep, goal.target(), goal.actual(),
                            goal.attainment())));
        }
        return new LeaderboardView(LeaderboardRanking.rank(entries));
    }

    /** The rep's goal of the metric; for ACTIVITIES the one counting every type if there is one. */
    private static Optional<GoalVarianceView> goalOf(List<GoalVarianceView> goals, Metric metric) {
        return goals.stream().filter(g -> metric.name().equals(g.metric()))
                .min(Comparator.comparing((GoalVarianceView g) -> g.activityType() != null));
    }

    private List<UUID> repsOf(UUID teamId) {
        ScopeFilter filter = ScopeFilter.of(new OwnerScope(OwnerType.TEAM, teamId), "r.rep_id");
        @SuppressWarnings("unchecked")
        List<UUID> reps = filter.bind(em.createNativeQuery(filter.with() + "select r.rep_id from rm_rep r where "
                + filter.condition() + " order by r.rep_id")).getResultList();
        return reps;
    }
}
