package io.salesplan.review.leaderboard;

import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Grant;
import io.salesplan.platform.security.Reach;
import io.salesplan.review.access.Operation;
import io.salesplan.review.goal.Metric;
import io.salesplan.review.org.RepRepository;
import io.salesplan.review.org.TeamRepository;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import io.salesplan.review.variance.GoalVarianceView;
import io.salesplan.review.variance.VarianceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LeaderboardService {

    private final Access access;
    private final TeamRepository teams;
    private final RepRepository reps;
    private final VarianceService variance;

    public LeaderboardService(Access access, TeamRepository teams, RepRepository reps, VarianceService variance) {
        this.access = access;
        this.teams = teams;
        this.reps = reps;
        this.variance = variance;
    }

    /**
     * The team's ranking: a manager's team must be one they manage (or below), a rep's their own
     * team, which is also a rep's default; everyone else names the team.
     */
    @Transactional
    public LeaderboardView leaderboard(UUID teamId, SalesPeriod period, Metric metric, LocalDate asOf) {
        Grant grant = access.grant(Operation.LEADERBOARD);
        UUID team = teamId != null ? teamId : ownTeam(grant);
        grant.requireTeam("teamId", team);
        if (teams.findByIdOptional(team).isEmpty()) {
            throw ApiException.unknownReference("teamId", "team " + team + " does not exist");
        }
        List<LeaderboardRanking.Entry> entries = new ArrayList<>();
        for (UUID rep : reps.ofTeamTree(team)) {
            goalOf(variance.ofOwner(new OwnerScope(OwnerType.REP, rep), period, asOf, child -> false).items(), metric)
                    .ifPresent(goal -> entries.add(new LeaderboardRanking.Entry(rep, goal.target(), goal.actual(),
                            goal.attainment())));
        }
        return new LeaderboardView(LeaderboardRanking.rank(entries));
    }

    private static UUID ownTeam(Grant grant) {
        if (grant.reach() != Reach.OWN_TEAM) {
            throw ApiException.invalid("teamId", "is required" + (grant.reach() == Reach.SCOPE
                    ? ": name one of the teams you manage (goals-service's GET /api/v1/me lists them)" : ""));
        }
        if (grant.scope().teamId() == null) {
            throw ApiException.invalid("teamId", "is required: you belong to no team");
        }
        return grant.scope().teamId();
    }

    /** The rep's goal of the metric; for ACTIVITIES the one counting every type if there is one. */
    private static Optional<GoalVarianceView> goalOf(List<GoalVarianceView> goals, Metric metric) {
        return goals.stream().filter(g -> metric == g.metric())
                .min(Comparator.comparing((GoalVarianceView g) -> g.activityType() != null));
    }
}
