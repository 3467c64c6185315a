package io.salesplan.activity;

import static io.salesplan.activity.Fixtures.send;

import io.salesplan.infra.TestCallers;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A sales organisation of its own for one test, fed to the service as goals-service's events: the
 * manager runs North, whose sub-team is North-East; South is someone else's. Every rep's e-mail is
 * {@code <id>@example.com}, so a token names them by {@link #email}.
 *
 * <pre>
 * North (managed by manager)        South (managed by southManager)
 *   northRep                          southRep
 *   North-East
 *     northEastRep
 * manager and southManager belong to no team.
 * </pre>
 */
public record Org(UUID manager, UUID southManager, UUID north, UUID northEast, UUID south, UUID northRep,
        UUID northEastRep, UUID southRep) {

    public static Org create(Sql sql) {
        Org org = new Org(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        sql.awaitApplied(
                team(org.north, null, org.manager),
                team(org.northEast, org.north, null),
                team(org.south, null, org.southManager),
                rep(org.manager, null),
                rep(org.southManager, null),
                rep(org.northRep, org.north),
                rep(org.northEastRep, org.northEast),
                rep(org.southRep, org.south));
        return org;
    }

    public static String email(UUID rep) {
        return rep + "@example.com";
    }

    /** The headers of a request by the manager of North (and so of North-East). */
    public Map<String, String> asManager() {
        return TestCallers.bearer(TestCallers.manager(email(manager)));
    }

    /** The headers of a request by a rep. */
    public static Map<String, String> asRep(UUID rep) {
        return TestCallers.bearer(TestCallers.rep(email(rep)));
    }

    public static Map<String, String> asIntegration() {
        return TestCallers.bearer(TestCallers.integration());
    }

    private static String team(UUID id, UUID parentTeamId, UUID managerId) {
        return send("salesplan.goals", "/goals-service", "salesplan.team.created.v1", id,
                teamData(id, parentTeamId, managerId, 0));
    }

    private static String rep(UUID id, UUID teamId) {
        return send("salesplan.goals", "/goals-service", "salesplan.rep.created.v1", id, repData(id, teamId, 0));
    }

    /** The payload of {@code salesplan.team.created|updated.v1}. */
    public static Map<String, Object> teamData(UUID id, UUID parentTeamId, UUID managerId, long version) {
        Map<String, Object> data = new HashMap<>();
        data.put("teamId", id.toString());
        data.put("name", "Team " + id);
        data.put("parentTeamId", parentTeamId == null ? null : parentTeamId.toString());
        data.put("managerId", managerId == null ? null : managerId.toString());
        data.put("version", version);
        return data;
    }

    /** The payload of {@code salesplan.rep.created|updated.v1} for an active rep. */
    public static Map<String, Object> repData(UUID id, UUID teamId, long version) {
        Map<String, Object> data = new HashMap<>();
        data.put("repId", id.toString());
        data.put("name", "Rep " + id);
        data.put("email", email(id));
        data.put("teamId", teamId == null ? null : teamId.toString());
        data.put("active", true);
        data.put("version", version);
        return data;
    }
}
