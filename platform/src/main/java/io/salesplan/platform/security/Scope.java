package io.salesplan.platform.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The part of the organisation a person stands in, read from the service's own copy of it.
 *
 * @param repId the rep record whose e-mail matches the token's
 * @param teamChain the rep's own team first, then its parent teams up to the top (empty when in no team)
 * @param managedTeamIds every team the person manages and all their sub-teams
 * @param managedRepIds every rep in those teams
 */
public record Scope(UUID repId, List<UUID> teamChain, Set<UUID> managedTeamIds, Set<UUID> managedRepIds) {

    /** The rep's own team, or null. */
    public UUID teamId() {
        return teamChain.isEmpty() ? null : teamChain.get(0);
    }
}
