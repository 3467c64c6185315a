package io.salesplan.pipeline.access;

import static io.salesplan.platform.security.Reach.ALL;
import static io.salesplan.platform.security.Reach.NONE;
import static io.salesplan.platform.security.Reach.SCOPE;
import static io.salesplan.platform.security.Reach.SELF;

import io.salesplan.platform.security.Permission;
import io.salesplan.platform.security.Reach;
import io.salesplan.platform.security.Reaches;
import io.salesplan.platform.security.Role;

/**
 * pipeline-service's rows of the role matrix in DESIGN.md §5, the one place they are stated. The
 * services ask {@code Access.grant(row)} before they read or write. An opportunity is reached
 * through its owner: outside the grant it is a 404 by id, a 403 when a request names the owner, and
 * it counts in no list or funnel.
 */
public enum Operation implements Permission {
    //                                                                   admin  manager  rep   integration
    CHANGE_PIPELINES("create pipelines or change their stages",   new Reaches(ALL, NONE,  NONE, NONE)),
    READ_PIPELINES("read pipelines",                               new Reaches(ALL, ALL,   ALL,  ALL)),
    READ_ACCOUNTS("read accounts",                                 new Reaches(ALL, ALL,   ALL,  ALL)),
    CHANGE_ACCOUNTS("create or change accounts",                   new Reaches(ALL, ALL,   ALL,  ALL)),
    OPPORTUNITIES("read, create, change or move opportunities",    new Reaches(ALL, SCOPE, SELF, ALL));

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
