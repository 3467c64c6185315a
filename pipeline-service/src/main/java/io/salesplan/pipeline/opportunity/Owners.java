package io.salesplan.pipeline.opportunity;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Whose opportunities a list or funnel counts: its owner and team filters (already checked against
 * the caller's scope) and the owners the caller may see, so that nothing outside the scope reaches a
 * page or a total.
 *
 * @param ownerId only this rep's, or null
 * @param teamIds only those of reps in these teams (a team and its sub-teams), or null
 * @param visible the reps whose opportunities the caller may see, or null for everyone's
 */
public record Owners(UUID ownerId, List<UUID> teamIds, Set<UUID> visible) {
}
