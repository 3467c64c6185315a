package io.salesplan.review.support;

import io.salesplan.infra.TestCallers;
import io.salesplan.review.support.Producers.Act;
import io.salesplan.review.support.Producers.Deal;
import io.salesplan.review.support.Producers.GoalSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An organisation of people who sign in, with fresh ids, and its 2026-Q1 as the producers publish it.
 * Division D (managed by {@link #boss}, who is in it) has sub-team E; team X is managed by
 * {@link #otherBoss}. Rep a1 is in D, a2 in E, x1 in X; m1 was in D when D's revenue goal was split
 * over a1, a2 and m1, then moved to X. The numbers on 2026-02-13 (32 of Q1's 64 working days) are
 * worked out in the tests.
 */
public final class Organisation {

    public final UUID d = UUID.randomUUID();
    public final UUID e = UUID.randomUUID();
    public final UUID x = UUID.randomUUID();
    public final UUID boss = UUID.randomUUID();
    public final UUID otherBoss = UUID.randomUUID();
    public final UUID a1 = UUID.randomUUID();
    public final UUID a2 = UUID.randomUUID();
    public final UUID x1 = UUID.randomUUID();
    public final UUID m1 = UUID.randomUUID();
    public final UUID pipeline = UUID.randomUUID();

    public final GoalSpec company = goal(null, "COMPANY", null, "REVENUE_WON", null, "5000000");
    public final GoalSpec dRevenue = goal(null, "TEAM", d, "REVENUE_WON", null, "1000000");
    public final GoalSpec a1Revenue = goal(dRevenue.goalId(), "REP", a1, "REVENUE_WON", null, "600000");
    public final GoalSpec a2Revenue = goal(dRevenue.goalId(), "REP", a2, "REVENUE_WON", null, "300000");
    public final GoalSpec m1Revenue = goal(dRevenue.goalId(), "REP", m1, "REVENUE_WON", null, "100000");
    public final GoalSpec xRevenue = goal(null, "TEAM", x, "REVENUE_WON", null, "500000");
    public final GoalSpec a1Calls = goal(null, "REP", a1, "ACTIVITIES", "CALL", "64");
    public final GoalSpec x1Calls = goal(null, "REP", x1, "ACTIVITIES", "CALL", "64");

    /** a1's, won on 2026-01-20 after skipping PROPOSAL and NEGOTIATION. */
    public final Deal d1 = new Deal(pipeline, a1, "INITIAL_CONTACT", "100000", "2026-01-05");
    /** a2's, won on 2026-02-10 after skipping NEEDS_ANALYSIS. */
    public final Deal d2 = new Deal(pipeline, a2, "INITIAL_CONTACT", "200000", "2026-01-10");
    /** a2's, lost from the first stage. */
    public final Deal d3 = new Deal(pipeline, a2, "INITIAL_CONTACT", "50000", "2026-02-01");
    /** x1's, won: another team's. */
    public final Deal d4 = new Deal(pipeline, x1, "INITIAL_CONTACT", "400000", "2026-01-06");
    /** m1's, won while m1 was in D; it counts for X, where m1 is now. */
    public final Deal d5 = new Deal(pipeline, m1, "INITIAL_CONTACT", "70000", "2026-01-07");

    private static GoalSpec goal(UUID parent, String ownerType, UUID owner, String metric, String activityType,
            String target) {
        return new GoalSpec(UUID.randomUUID(), parent, ownerType, owner, "2026-Q1", metric, activityType, target);
    }

    public List<Feed.Event> events() {
        List<Feed.Event> events = new ArrayList<>(List.of(
                Producers.team(d, null, boss, 0), Producers.team(e, d, null, 0), Producers.team(x, null, otherBoss, 0),
                Producers.rep(boss, d, 0), Producers.rep(otherBoss, x, 0), Producers.rep(a1, d, 0),
                Producers.rep(a2, e, 0), Producers.rep(x1, x, 0), Producers.rep(m1, d, 0),
                Producers.pipeline(pipeline, Producers.DEFAULT_STAGES, 0)));
        for (GoalSpec goal : List.of(company, dRevenue, a1Revenue, a2Revenue, m1Revenue, xRevenue, a1Calls,
                x1Calls)) {
            events.add(goal.created());
        }
        events.add(Producers.rep(m1, x, 1));
        events.addAll(List.of(d1.created(), d1.move("NEEDS_ANALYSIS", "2026-01-08"), d1.move("WON", "2026-01-20"),
                d2.created(), d2.move("PROPOSAL", "2026-01-15"), d2.move("WON", "2026-02-10"),
                d3.created(), d3.move("LOST", "2026-02-05"),
                d4.created(), d4.move("WON", "2026-01-07"),
                d5.created(), d5.move("WON", "2026-01-12"),
                new Act("CALL", a1, "2026-01-06", d1.id).logged(),
                new Act("CALL", a1, "2026-02-12", d1.id).logged(),
                new Act("VISIT", a2, "2026-01-12", d2.id).logged(),
                new Act("CALL", x1, "2026-01-06", d4.id).logged()));
        return events;
    }

    /** A token for a rep of this organisation signing in as a manager. */
    public String manager(UUID rep) {
        return TestCallers.manager(Producers.email(rep));
    }

    /** A token for a rep of this organisation signing in as a rep. */
    public String rep(UUID rep) {
        return TestCallers.rep(Producers.email(rep));
    }
}
