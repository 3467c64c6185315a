package io.salesplan.review.support;

import io.salesplan.review.support.Producers.Act;
import io.salesplan.review.support.Producers.Deal;
import io.salesplan.review.support.Producers.GoalSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A small sales organisation with fresh ids, and the events its producers publish for 2026-Q1.
 * Team T has sub-team S (which started as a top-level team); rep r1 is in T and manages it, rep r2
 * moved from the other team O into S, rep r3 is in O.
 * The expected numbers on 2026-02-13 (32 of 64 working days) are worked out in the tests.
 */
public final class World {

    public final UUID teamT = UUID.randomUUID();
    public final UUID teamS = UUID.randomUUID();
    public final UUID teamO = UUID.randomUUID();
    public final UUID r1 = UUID.randomUUID();
    public final UUID r2 = UUID.randomUUID();
    public final UUID r3 = UUID.randomUUID();
    public final UUID pipeline = UUID.randomUUID();

    public final GoalSpec teamRevenue = goal(null, "TEAM", teamT, "REVENUE_WON", null, "1000000");
    public final GoalSpec r1Revenue = goal(teamRevenue.goalId(), "REP", r1, "REVENUE_WON", null, "600000");
    public final GoalSpec r2Revenue = goal(teamRevenue.goalId(), "REP", r2, "REVENUE_WON", null, "400000");
    /** Created with 8, raised to 10. */
    public final GoalSpec teamDeals = goal(null, "TEAM", teamT, "DEALS_WON", null, "8");
    /** Created, then archived: out of every list. */
    public final GoalSpec archived = goal(null, "TEAM", teamT, "OPPORTUNITIES_CREATED", null, "3");
    public final GoalSpec teamWinRate = goal(null, "TEAM", teamT, "WIN_RATE", null, "0.5");
    public final GoalSpec teamDealSize = goal(null, "TEAM", teamT, "AVERAGE_DEAL_SIZE", null, "200000");
    public final GoalSpec r1Cycle = goal(null, "REP", r1, "SALES_CYCLE_DAYS", null, "30");
    public final GoalSpec r1Calls = goal(null, "REP", r1, "ACTIVITIES", "CALL", "64");
    public final GoalSpec subTeamOpportunities = goal(null, "TEAM", teamS, "OPPORTUNITIES_CREATED", null, "4");

    public final Deal o1 = new Deal(pipeline, r1, "INITIAL_CONTACT", "100000", "2026-01-05");
    public final Deal o2 = new Deal(pipeline, r2, "INITIAL_CONTACT", "200000.50", "2026-01-10");
    public final Deal o3 = new Deal(pipeline, r2, "INITIAL_CONTACT", "50000", "2026-02-01");
    public final Deal o4 = new Deal(pipeline, r3, "INITIAL_CONTACT", "999", "2026-01-06");
    public final Deal o5 = new Deal(pipeline, r1, "INITIAL_CONTACT", "70000", "2026-02-20");
    public final Deal o6 = new Deal(pipeline, r1, "INITIAL_CONTACT", "100000", "2026-01-02");
    public final Deal o7 = new Deal(pipeline, r1, "INITIAL_CONTACT", "80000", "2026-01-03");

    private static GoalSpec goal(UUID parent, String ownerType, UUID owner, String metric, String activityType,
            String target) {
        return new GoalSpec(UUID.randomUUID(), parent, ownerType, owner, "2026-Q1", metric, activityType, target);
    }

    /** Every event in the order the producers would publish them. */
    public List<Feed.Event> events() {
        List<Feed.Event> events = new ArrayList<>();
        events.add(Producers.team(teamT, null, r1, 0));
        events.add(Producers.team(teamO, null, 0));
        events.add(Producers.team(teamS, null, 0));
        events.add(Producers.team(teamS, teamT, 1));
        events.add(Producers.rep(r1, teamT, 0));
        events.add(Producers.rep(r2, teamO, 0));
        events.add(Producers.rep(r3, teamO, 0));
        events.add(Producers.rep(r2, teamS, 1));
        events.add(Producers.pipeline(pipeline, Producers.DEFAULT_STAGES, 0));
        for (GoalSpec goal : List.of(teamRevenue, r1Revenue, r2Revenue, teamDeals, teamWinRate, teamDealSize, r1Cycle,
                r1Calls, subTeamOpportunities, archived)) {
            events.add(goal.created());
        }
        events.add(teamDeals.updated("10", 1));
        events.add(archived.archived("3", 1));
        // skips PROPOSAL and NEGOTIATION; its amount is corrected after the win
        events.add(o1.created());
        events.add(o1.move("NEEDS_ANALYSIS", "2026-01-08"));
        events.add(o1.move("WON", "2026-01-20"));
        events.add(o1.changeAmount("300000"));
        events.add(o2.created());
        events.add(o2.move("PROPOSAL", "2026-01-15"));
        events.add(o2.move("WON", "2026-02-10"));
        events.add(o3.created());
        events.add(o3.move("LOST", "2026-02-05"));
        // another team's deal
        events.add(o4.created());
        events.add(o4.move("WON", "2026-01-07"));
        // created after asOf
        events.add(o5.created());
        // won after asOf
        events.add(o6.created());
        events.add(o6.move("WON", "2026-03-10"));
        // won, then reopened
        events.add(o7.created());
        events.add(o7.move("WON", "2026-01-15"));
        events.add(o7.move("NEGOTIATION", "2026-01-25"));

        events.add(new Act("CALL", r1, "2026-01-05", o1.id).logged());
        events.add(new Act("CALL", r1, "2026-01-06", o1.id).logged());
        events.add(new Act("CALL", r1, "2026-02-13", o7.id).logged());
        events.add(new Act("CALL", r1, "2026-02-14", o7.id).logged());
        events.add(new Act("VISIT", r1, "2026-01-07", o1.id).logged());
        events.add(new Act("CALL", r2, "2026-01-08", o2.id).logged());
        Act deleted = new Act("CALL", r1, "2026-01-09", o1.id);
        events.add(deleted.logged());
        events.add(deleted.deleted());
        Act retyped = new Act("VISIT", r1, "2026-01-12", o3.id);
        events.add(retyped.logged());
        events.add(retyped.retyped("CALL"));
        return events;
    }
}
