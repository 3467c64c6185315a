package io.salesplan.pipeline.access;

import static org.awaitility.Awaitility.await;

import io.salesplan.infra.TestCallers;
import io.salesplan.pipeline.Db;
import io.salesplan.pipeline.GoalsEvents;
import io.salesplan.platform.event.EventEnvelope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small sales organisation, announced through goals-service's events: a division run by {@code boss}
 * with a sub-team {@code east}, and a team {@code elsewhere} run by {@code otherBoss}. The boss's
 * scope is the division, east, their reps and the boss; it does not reach elsewhere.
 */
final class Organisation {

    final UUID division = UUID.randomUUID();
    final UUID east = UUID.randomUUID();
    final UUID elsewhere = UUID.randomUUID();
    final UUID boss = UUID.randomUUID();
    final UUID divisionRep = UUID.randomUUID();
    final UUID eastRep = UUID.randomUUID();
    final UUID otherBoss = UUID.randomUUID();
    final UUID otherRep = UUID.randomUUID();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    /** Sends the teams and reps and waits until the service has applied them. */
    static Organisation announce(Db db) {
        Organisation org = new Organisation();
        List<EventEnvelope> events = List.of(
                GoalsEvents.team(org.division, null, org.boss, 0),
                GoalsEvents.team(org.east, org.division, null, 0),
                GoalsEvents.team(org.elsewhere, null, org.otherBoss, 0),
                GoalsEvents.rep(org.boss, org.email(org.boss), org.division, 0),
                GoalsEvents.rep(org.divisionRep, org.email(org.divisionRep), org.division, 0),
                GoalsEvents.rep(org.eastRep, org.email(org.eastRep), org.east, 0),
                GoalsEvents.rep(org.otherBoss, org.email(org.otherBoss), org.elsewhere, 0),
                GoalsEvents.rep(org.otherRep, org.email(org.otherRep), org.elsewhere, 0));
        await().atMost(Duration.ofSeconds(30)).until(() -> events.stream().allMatch(db::applied));
        return org;
    }

    /** The e-mail a person signs in with, unique to this organisation. */
    String email(UUID person) {
        Map<UUID, String> names = Map.of(boss, "boss", divisionRep, "division", eastRep, "east",
                otherBoss, "other.boss", otherRep, "other");
        return names.get(person) + "-" + tag + "@example.com";
    }

    Map<String, String> asManager() {
        return TestCallers.bearer(TestCallers.manager(email(boss)));
    }

    Map<String, String> asRep() {
        return TestCallers.bearer(TestCallers.rep(email(eastRep)));
    }

    static Map<String, String> asIntegration() {
        return TestCallers.bearer(TestCallers.integration());
    }

    static Map<String, String> asAdmin() {
        return TestCallers.bearer(TestCallers.admin());
    }
}
