package io.salesplan.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.TestCallers;
import io.salesplan.platform.testapp.Sql;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Roles and scope through a real request: a division with two sub-teams, its manager, a rep in each
 * team, and a rep elsewhere, in the org copy the scope is read from.
 */
@QuarkusTest
class AccessTest {

    @Inject
    Sql sql;

    private final UUID division = UUID.randomUUID();
    private final UUID east = UUID.randomUUID();
    private final UUID west = UUID.randomUUID();
    private final UUID elsewhere = UUID.randomUUID();
    private final UUID manager = UUID.randomUUID();
    private final UUID eastRep = UUID.randomUUID();
    private final UUID westRep = UUID.randomUUID();
    private final UUID otherRep = UUID.randomUUID();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void adminByDefault() {
        TestCallers.install();
    }

    @BeforeEach
    void organisation() {
        team(division, null, manager);
        team(east, division, null);
        team(west, division, null);
        team(elsewhere, null, null);
        rep(manager, "boss", division, true);
        rep(eastRep, "east", east, true);
        rep(westRep, "west", west, true);
        rep(otherRep, "other", elsewhere, true);
    }

    @Test
    void aManagerReachesEveryTeamBelowTheirsAndItsReps() {
        given().headers(TestCallers.bearer(TestCallers.manager(email("boss")))).queryParam("repId", westRep)
                .get("/api/test/READ_DEALS")
                .then().statusCode(200)
                .body("reach", equalTo("SCOPE"))
                .body("subject", equalTo(email("boss")))
                .body("reps", containsInAnyOrder(manager.toString(), eastRep.toString(), westRep.toString()))
                .body("teams", containsInAnyOrder(division.toString(), east.toString(), west.toString()))
                .body("coversRep", equalTo(true));
        given().headers(TestCallers.bearer(TestCallers.manager(email("boss")))).queryParam("repId", otherRep)
                .get("/api/test/READ_DEALS").then().statusCode(200).body("coversRep", equalTo(false));
    }

    @Test
    void aRepReachesOnlyThemselvesAndOnTheBoardTheirOwnTeam() {
        String token = TestCallers.rep(email("EAST").toUpperCase());
        given().headers(TestCallers.bearer(token)).get("/api/test/READ_DEALS")
                .then().statusCode(200).body("reach", equalTo("SELF"))
                .body("reps", containsInAnyOrder(eastRep.toString())).body("teams", org.hamcrest.Matchers.empty());
        given().headers(TestCallers.bearer(token)).get("/api/test/SEE_BOARD")
                .then().statusCode(200).body("reach", equalTo("OWN_TEAM")).body("teams", containsInAnyOrder(east.toString()));
    }

    @Test
    void aRoleThatMayNeverDoItIsA403NamingTheOperation() {
        given().headers(TestCallers.bearer(TestCallers.rep(email("east")))).get("/api/test/CHANGE_ORG")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("may not change org"));
        given().headers(TestCallers.bearer(TestCallers.integration())).get("/api/test/SEE_BOARD")
                .then().statusCode(403);
    }

    @Test
    void aManagerWhoseEmailMatchesNoActiveRepIsRefused() {
        rep(UUID.randomUUID(), "gone", division, false);
        for (String email : List.of(email("gone"), email("nobody"))) {
            given().headers(TestCallers.bearer(TestCallers.manager(email))).get("/api/test/READ_DEALS")
                    .then().statusCode(403).body("detail", containsString("No active rep"));
        }
    }

    @Test
    void adminsAndIntegrationsReachEverythingWithoutARepRecord() {
        for (String token : List.of(TestCallers.admin(), TestCallers.integration())) {
            given().headers(TestCallers.bearer(token)).queryParam("repId", otherRep).get("/api/test/READ_DEALS")
                    .then().statusCode(200).body("reach", equalTo("ALL")).body("reps", nullValue())
                    .body("coversRep", equalTo(true));
        }
    }

    @Test
    void severalRolesGetTheWidestReachOfThem() {
        String token = TestCallers.withRoles("both", email("east"), List.of("rep", "manager", "unknown"));
        given().headers(TestCallers.bearer(token)).get("/api/test/READ_DEALS")
                .then().statusCode(200).body("reach", equalTo("SCOPE"));
    }

    private String email(String who) {
        return who + "-" + tag + "@example.com";
    }

    private void team(UUID id, UUID parent, UUID managerId) {
        sql.update("insert into org_team (id, parent_team_id, manager_id) values (?, ?, ?)", id, parent, managerId);
    }

    private void rep(UUID id, String who, UUID team, boolean active) {
        sql.update("insert into org_rep (id, email, team_id, active) values (?, ?, ?, ?)", id, email(who), team, active);
    }
}
