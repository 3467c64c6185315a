package io.salesplan.platform.security;

import io.salesplan.platform.problem.ApiException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What one caller may touch for one operation: everything, or the part of the organisation their
 * reach and scope cover. Services ask it before they read or write, and filter lists and reports by
 * {@link #repIds()} and {@link #teamIds()} so that no total includes what the caller may not see.
 */
public final class Grant {

    private final Reach reach;
    private final Scope scope;

    Grant(Reach reach, Scope scope) {
        this.reach = reach;
        this.scope = scope;
    }

    /** A grant over everything, for work no person asked for (event handling, scheduled jobs, tests). */
    public static Grant everything() {
        return new Grant(Reach.ALL, null);
    }

    public Reach reach() {
        return reach;
    }

    public boolean all() {
        return reach == Reach.ALL;
    }

    /** The caller's place in the organisation; null for an admin or integration acting for all of it. */
    public Scope scope() {
        return scope;
    }

    public boolean coversRep(UUID repId) {
        return switch (reach) {
            case ALL -> true;
            case SCOPE -> repId != null && (repId.equals(scope.repId()) || scope.managedRepIds().contains(repId));
            case SELF, OWN_TEAM -> repId != null && repId.equals(scope.repId());
            case NONE -> false;
        };
    }

    public boolean coversTeam(UUID teamId) {
        return switch (reach) {
            case ALL -> true;
            case SCOPE -> teamId != null && scope.managedTeamIds().contains(teamId);
            case OWN_TEAM -> teamId != null && teamId.equals(scope.teamId());
            case SELF, NONE -> false;
        };
    }

    /**
     * Whether an owner ({@code COMPANY}, {@code TEAM} or {@code REP}, as goals and reports name them)
     * is covered. The company is covered only by a grant over everything.
     */
    public boolean coversOwner(String ownerType, UUID ownerId) {
        return switch (String.valueOf(ownerType)) {
            case "COMPANY" -> all();
            case "TEAM" -> coversTeam(ownerId);
            case "REP" -> coversRep(ownerId);
            default -> false;
        };
    }

    /** A 403 naming the field, when a create, move or report names a rep outside the scope. */
    public void requireRep(String field, UUID repId) {
        if (!coversRep(repId)) {
            throw outside(field, "rep " + repId);
        }
    }

    public void requireTeam(String field, UUID teamId) {
        if (!coversTeam(teamId)) {
            throw outside(field, "team " + teamId);
        }
    }

    public void requireOwner(String field, String ownerType, UUID ownerId) {
        if (!coversOwner(ownerType, ownerId)) {
            throw outside(field, "COMPANY".equals(ownerType) ? "the company"
                    : String.valueOf(ownerType).toLowerCase() + " " + ownerId);
        }
    }

    /** The reps whose data the caller may see; empty when there is no limit. */
    public Optional<Set<UUID>> repIds() {
        return switch (reach) {
            case ALL -> Optional.empty();
            case SCOPE -> {
                Set<UUID> reps = new HashSet<>(scope.managedRepIds());
                reps.add(scope.repId());
                yield Optional.of(Set.copyOf(reps));
            }
            case SELF, OWN_TEAM -> Optional.of(Set.of(scope.repId()));
            case NONE -> Optional.of(Set.of());
        };
    }

    /** The teams whose data the caller may see; empty when there is no limit. */
    public Optional<Set<UUID>> teamIds() {
        return switch (reach) {
            case ALL -> Optional.empty();
            case SCOPE -> Optional.of(scope.managedTeamIds());
            case OWN_TEAM -> Optional.of(scope.teamId() == null ? Set.of() : Set.of(scope.teamId()));
            case SELF, NONE -> Optional.of(Set.of());
        };
    }

    private static ApiException outside(String field, String what) {
        return ApiException.forbidden(field + ": " + what + " is outside your scope");
    }
}
