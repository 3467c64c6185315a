package io.salesplan.activity.access;

import static io.salesplan.platform.security.Reach.ALL;
import static io.salesplan.platform.security.Reach.NONE;
import static io.salesplan.platform.security.Reach.SCOPE;
import static io.salesplan.platform.security.Reach.SELF;

import io.salesplan.platform.security.Permission;
import io.salesplan.platform.security.Reach;
import io.salesplan.platform.security.Reaches;
import io.salesplan.platform.security.Role;

/**
 * activity-service's rows of the role matrix in DESIGN.md §5, the one place they are stated. The
 * services ask {@code Access.grant(row)} before they read or write; the owner of an activity or task
 * (a rep) is what the grant must cover.
 */
public enum Operation implements Permission {
    //                                                                   admin  manager  rep   integration
    ACTIVITIES("read, create or delete activities",                new Reaches(ALL, SCOPE, SELF, ALL)),
    TASKS("read, create or complete tasks and read agendas",       new Reaches(ALL, SCOPE, SELF, NONE));

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
