package io.salesplan.goals.access;

import io.salesplan.goals.goal.Goal;
import io.salesplan.goals.goal.GoalRepository;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Grant;
import io.salesplan.platform.security.Reach;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Which goals a caller may read and change. Everyone who may read goals sees the company's; a
 * manager also sees the goals owned in their scope and every goal above those (the targets theirs
 * were split from); a rep sees their own goals and those of their own team and its parent teams.
 * A goal the caller may not read is a 404; one they may read but not change is a 403.
 */
@ApplicationScoped
public class GoalAccess {

    private final Access access;
    private final GoalRepository goals;

    public GoalAccess(Access access, GoalRepository goals) {
        this.access = access;
        this.goals = goals;
    }

    /** The caller's grant for an operation; a 403 when their role may never do it. */
    public Grant grant(Operation operation) {
        return access.grant(operation);
    }

    /** The goals the caller may see; null when they see all. */
    public GoalRepository.Visible visible() {
        Grant grant = access.grant(Operation.READ_GOALS);
        if (grant.all()) {
            return null;
        }
        Set<UUID> owners = new HashSet<>(grant.repIds().orElseThrow());
        owners.addAll(grant.teamIds().orElseThrow());
        if (grant.reach() == Reach.SCOPE) {
            return new GoalRepository.Visible(Set.copyOf(owners), goals.ancestorsOfGoalsOwnedBy(owners));
        }
        owners.addAll(grant.scope().teamChain());
        return new GoalRepository.Visible(Set.copyOf(owners), Set.of());
    }

    /** The goal, when it exists and the caller may read it; else a 404. */
    public Goal readable(UUID id) {
        Goal goal = goals.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Goal", id));
        GoalRepository.Visible visible = visible();
        if (visible != null && !visible.contains(goal)) {
            throw ApiException.notFound("Goal", id);
        }
        return goal;
    }

    /**
     * The goal, for an operation on it: a 403 when the caller's role may never do the operation, a 404
     * when they may not read the goal, and a 403 when they may read it but its owner is outside their
     * reach for the operation (a manager changing a company goal, a rep reading a team's adjustments).
     */
    public Goal forOperation(UUID id, Operation operation) {
        Grant grant = access.grant(operation);
        Goal goal = readable(id);
        grant.requireOwner("goal", goal.ownerType.name(), goal.ownerId);
        return goal;
    }
}
