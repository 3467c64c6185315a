package io.salesplan.review.support;

import io.salesplan.review.support.Producers.Act;
import io.salesplan.review.support.Producers.Deal;
import io.salesplan.review.support.Producers.GoalSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A team with a sub-team whose deals carry customer profiles, lost-reason codes and forecast calls, with
 * fresh ids, and its 2026-Q1 as the producers publish it. Team T (managed by {@link #boss}) holds r1;
 * its sub-team S holds r2; team O holds r3. The numbers of the segment, lost-reason and forecast reports
 * are worked out in {@code SegmentsLossesForecastTest}.
 */
public final class ProfiledWorld {

    public final UUID teamT = UUID.randomUUID();
    public final UUID teamS = UUID.randomUUID();
    public final UUID teamO = UUID.randomUUID();
    public final UUID boss = UUID.randomUUID();
    public final UUID r1 = UUID.randomUUID();
    public final UUID r2 = UUID.randomUUID();
    public final UUID r3 = UUID.randomUUID();
    public final UUID pipeline = UUID.randomUUID();

    public final GoalSpec teamRevenue = new GoalSpec(UUID.randomUUID(), null, "TEAM", teamT, "2026-Q1", "REVENUE_WON",
            null, "1000000");

    private static final String[] MANUFACTURING = {"Manufacturing", "East", "LARGE"};
    private static final String[] RETAIL = {"Retail", "North", "SMALL"};
    private static final String[] FINANCE = {"Finance", "North", "ENTERPRISE"};

    public final Deal a1 = deal(r1, MANUFACTURING, "100000", "2026-01-05");
    public final Deal a2 = deal(r2, MANUFACTURING, "200000", "2026-01-10");
    public final Deal a3 = deal(r1, MANUFACTURING, "50000", "2026-02-01").lostFor("PRICE");
    public final List<Deal> h = List.of(deal(r1, MANUFACTURING, "10000", "2026-01-20"),
            deal(r1, MANUFACTURING, "10000", "2026-01-20"), deal(r1, MANUFACTURING, "10000", "2026-01-20"));
    public final Deal e1 = deal(r1, MANUFACTURING, "45000", "2026-01-12").lostFor("PRICE").expectedToClose("2026-03-25");
    public final Deal b1 = deal(r1, RETAIL, "30000", "2026-01-15").lostFor("NO_BUDGET");
    public final Deal b2 = deal(r2, RETAIL, "40000", "2026-01-20").lostFor("PRICE");
    public final Deal b3 = deal(r2, RETAIL, "60000", "2026-02-05");
    public final List<Deal> i = List.of(deal(r2, RETAIL, "5000", "2026-01-25").lostFor("TIMING"),
            deal(r2, RETAIL, "5000", "2026-01-25").lostFor("TIMING"));
    public final Deal f1 = deal(r1, RETAIL, "10000", "2026-03-02").call("COMMIT").lostFor("TIMING")
            .expectedToClose("2026-03-28");
    public final Deal c1 = new Deal(pipeline, r1, "INITIAL_CONTACT", "70000", "2026-02-10").expectedToClose("2026-03-20");
    public final Deal c2 = new Deal(pipeline, r2, "INITIAL_CONTACT", "25000", "2026-03-01").call("BEST_CASE")
            .expectedToClose("2026-03-31");
    public final Deal g1 = new Deal(pipeline, r2, "INITIAL_CONTACT", "15000", "2026-03-03").call("BEST_CASE")
            .expectedToClose("2026-03-30");
    public final Deal d1 = deal(r1, FINANCE, "500000", "2026-03-05").call("COMMIT").expectedToClose("2026-04-15");
    public final Deal d2 = deal(r2, FINANCE, "80000", "2026-01-08").lostFor("COMPETITOR");
    public final Deal o1 = new Deal(pipeline, r3, "INITIAL_CONTACT", "999000", "2026-01-06")
            .profile(MANUFACTURING[0], MANUFACTURING[1], MANUFACTURING[2]);

    private Deal deal(UUID owner, String[] profile, String amount, String createdOn) {
        return new Deal(pipeline, owner, "INITIAL_CONTACT", amount, createdOn).profile(profile[0], profile[1],
                profile[2]);
    }

    /** Every event in the order the producers would publish them. */
    public List<Feed.Event> events() {
        Map<String, String> stages = new LinkedHashMap<>();
        stages.put("INITIAL_CONTACT", "0.10");
        stages.put("NEEDS_ANALYSIS", "0.25");
        stages.put("PROPOSAL", "0.50");
        stages.put("NEGOTIATION", "0.75");
        stages.put("WON", "1");
        stages.put("LOST", "0");
        List<Feed.Event> events = new ArrayList<>(List.of(Producers.team(teamT, null, boss, 0),
                Producers.team(teamS, teamT, 0), Producers.team(teamO, null, 0), Producers.rep(boss, teamT, 0),
                Producers.rep(r1, teamT, 0), Producers.rep(r2, teamS, 0), Producers.rep(r3, teamO, 0),
                Producers.pipeline(pipeline, stages, 0), teamRevenue.created()));
        events.addAll(List.of(a1.created(), a1.move("WON", "2026-01-25"),
                a2.created(), a2.move("PROPOSAL", "2026-01-20"), a2.move("WON", "2026-02-19"),
                a3.created(), a3.move("PROPOSAL", "2026-02-05"), a3.move("LOST", "2026-02-20"),
                e1.created(), e1.move("LOST", "2026-02-15"), e1.move("PROPOSAL", "2026-03-05"),
                b1.created(), b1.move("LOST", "2026-02-01"),
                b2.created(), b2.move("NEGOTIATION", "2026-02-10"), b2.move("LOST", "2026-03-01"),
                b3.created(), b3.move("WON", "2026-03-10"),
                f1.created(), f1.move("NEGOTIATION", "2026-03-05"), f1.move("LOST", "2026-04-10"),
                c1.created(), c1.move("PROPOSAL", "2026-02-12"), c1.recall("COMMIT"),
                c2.created(), c2.move("NEEDS_ANALYSIS", "2026-03-02"),
                g1.created(), g1.move("WON", "2026-03-20"),
                d1.created(), d1.move("NEGOTIATION", "2026-03-06"),
                d2.created(), d2.move("LOST", "2026-01-28"),
                o1.created(), o1.move("WON", "2026-02-01")));
        for (Deal deal : h) {
            events.add(deal.created());
            events.add(deal.move("WON", "2026-02-20"));
        }
        for (Deal deal : i) {
            events.add(deal.created());
            events.add(deal.move("LOST", "2026-02-25"));
        }
        events.addAll(List.of(new Act("CALL", r1, "2026-01-06", a1.id).logged(),
                new Act("VISIT", r1, "2026-01-10", a1.id).logged(),
                new Act("DEMO", r1, "2026-01-20", a1.id).logged(),
                new Act("CALL", r2, "2026-01-12", a2.id).logged(),
                new Act("VISIT", r2, "2026-02-06", b3.id).logged(),
                new Act("CALL", r2, "2026-03-01", b3.id).logged(),
                new Act("CALL", r3, "2026-01-07", o1.id).logged()));
        return events;
    }
}
