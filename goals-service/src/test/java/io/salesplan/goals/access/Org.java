package io.salesplan.goals.access;

import static io.salesplan.goals.Api.json;
import static io.salesplan.goals.Api.keyResult;

import io.salesplan.goals.Api;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A small organisation for access tests. Division D has sub-team E, managed by M (whose own rep
 * record sits in D); team W is elsewhere. Reps e1 and e2 sit in E, w1 in W. Goals: a company key
 * result C, and below it D's goal Dg (over E's Eg over e1's and e2's goals) and W's goal Wg (over w1's).
 */
final class Org {

    final String tag = Api.unique("org");
    final String division = Api.team(tag + "-D", null);
    final String east = Api.team(tag + "-E", division);
    final String west = Api.team(tag + "-W", null);
    final String manager = rep("boss", division);
    final String e1 = rep("e1", east);
    final String e2 = rep("e2", east);
    final String w1 = rep("w1", west);
    final String company = goal("COMPANY", null, null, "10000000");
    final String divisionGoal = goal("TEAM", division, company, "6000000");
    final String eastGoal = goal("TEAM", east, divisionGoal, "4000000");
    final String e1Goal = goal("REP", e1, eastGoal, "2000000");
    final String e2Goal = goal("REP", e2, eastGoal, "2000000");
    final String westGoal = goal("TEAM", west, company, "4000000");
    final String w1Goal = goal("REP", w1, westGoal, "4000000");

    Org() {
        json().body(Map.of("managerId", manager)).patch("/api/v1/teams/" + east).then().statusCode(200);
    }

    String email(String who) {
        return who + "-" + tag + "@example.com";
    }

    private String rep(String who, String team) {
        return json().body(Map.of("name", who + " " + tag, "email", email(who), "teamId", team))
                .post("/api/v1/reps").then().statusCode(201).extract().path("id");
    }

    private String goal(String ownerType, String ownerId, String parentId, String target) {
        Map<String, Object> body = new HashMap<>(keyResult(ownerType, ownerId, "2026", "REVENUE_WON", new BigDecimal(target)));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return Api.goal(body);
    }
}
