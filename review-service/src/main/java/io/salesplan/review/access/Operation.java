package io.salesplan.review.access;

import static io.salesplan.platform.security.Reach.ALL;
import static io.salesplan.platform.security.Reach.NONE;
import static io.salesplan.platform.security.Reach.OWN_TEAM;
import static io.salesplan.platform.security.Reach.SCOPE;
import static io.salesplan.platform.security.Reach.SELF;

import io.salesplan.platform.security.Permission;
import io.salesplan.platform.security.Reach;
import io.salesplan.platform.security.Reaches;
import io.salesplan.platform.security.Role;

/**
 * review-service's rows of the role matrix in DESIGN.md §5, the one place they are stated. The
 * services ask {@code Access.grant(row)} before they read or write; a report's owner and a
 * retrospective's scope must lie within the grant, and the company only within a grant over
 * everything ({@link OwnerAccess}).
 */
public enum Operation implements Permission {
    //                                                                   admin  manager  rep       integration
    REPORTS("read variance, conversion, activity-effectiveness, daily-plan, feasibility, segment, lost-reason and "
            + "forecast reports",                                  new Reaches(ALL, SCOPE, SELF,     NONE)),
    LIVE_VARIANCE("follow live variance",                          new Reaches(ALL, SCOPE, SELF,     NONE)),
    FORECASTS("submit or read forecast calls",                     new Reaches(ALL, SCOPE, SELF,     NONE)),
    LEADERBOARD("read leaderboards",                               new Reaches(ALL, SCOPE, OWN_TEAM, NONE)),
    READ_RETROSPECTIVES("read retrospectives",                     new Reaches(ALL, SCOPE, SELF,     NONE)),
    CHANGE_RETROSPECTIVES("create, change or close retrospectives", new Reaches(ALL, SCOPE, NONE,     NONE));

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
