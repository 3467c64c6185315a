package io.salesplan.goals.access;

import static io.salesplan.platform.security.Reach.ALL;
import static io.salesplan.platform.security.Reach.NONE;
import static io.salesplan.platform.security.Reach.SCOPE;
import static io.salesplan.platform.security.Reach.SELF;

import io.salesplan.platform.security.Permission;
import io.salesplan.platform.security.Reach;
import io.salesplan.platform.security.Reaches;
import io.salesplan.platform.security.Role;

/**
 * goals-service's rows of the role matrix in DESIGN.md §5, the one place they are stated. The
 * services ask {@code Access.grant(row)} before they read or write; reading goals widens a rep's
 * reach to their own team's and its parent teams' goals, and a manager's to the ancestors of goals
 * in scope ({@link GoalVisibility}).
 */
public enum Operation implements Permission {
    //                                                                   admin  manager  rep   integration
    CHANGE_ORG("create or change teams and reps",                  new Reaches(ALL, NONE,  NONE, NONE)),
    READ_ORG("read teams and reps",                                new Reaches(ALL, ALL,   ALL,  ALL)),
    READ_GOALS("read goals",                                       new Reaches(ALL, SCOPE, SELF, NONE)),
    CHANGE_GOALS("create, change, archive or decompose goals or apply action plans",
                                                                   new Reaches(ALL, SCOPE, NONE, NONE)),
    READ_ADJUSTMENTS("read plan adjustments",                      new Reaches(ALL, SCOPE, SELF, NONE)),
    DECIDE_ADJUSTMENTS("accept or reject plan adjustments",        new Reaches(ALL, SCOPE, NONE, NONE));

    private final String action;
    private final Reaches reaches;

    Operation(String action, Reaches reaches) {
        this.action = action;
        this.reaches = reaches;
    }

    @Override
    public Reach reach(Role role) {
        return reaches.of(role);
    }

    @Override
    public String action() {
        return action;
    }
}
