package io.salesplan.goals.adjustment;

import io.salesplan.goals.access.GoalAccess;
import io.salesplan.goals.access.Operation;
import io.salesplan.goals.goal.Goal;
import io.salesplan.goals.goal.GoalChangedV1;
import io.salesplan.goals.goal.GoalPublisher;
import io.salesplan.goals.goal.GoalRepository;
import io.salesplan.platform.event.MalformedEventException;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PlanAdjustmentService {

    private static final Logger LOG = Logger.getLogger(PlanAdjustmentService.class);

    private final PlanAdjustmentRepository adjustments;
    private final GoalRepository goals;
    private final GoalPublisher publisher;
    private final GoalAccess access;
    private final Actors actors;

    public PlanAdjustmentService(PlanAdjustmentRepository adjustments, GoalRepository goals, GoalPublisher publisher,
            GoalAccess access, Actors actors) {
        this.adjustments = adjustments;
        this.goals = goals;
        this.publisher = publisher;
        this.access = access;
        this.actors = actors;
    }

    /**
     * Records a proposal. A proposal already recorded (the same adjustmentId, even under another
     * event id) changes nothing; one that can never be decided is refused as malformed. {@code proposedBy}
     * is the actor of the event: whoever closed the retrospective.
     */
    @Transactional
    public void propose(AdjustmentProposedV1 proposal, String proposedBy) {
        if (proposal.adjustmentId() == null || proposal.goalId() == null || proposal.newTargetValue() == null) {
            throw new MalformedEventException("adjustment proposal lacks adjustmentId, goalId or newTargetValue");
        }
        if (adjustments.findByIdOptional(proposal.adjustmentId()).isPresent()) {
            LOG.debugf("Adjustment %s already recorded", proposal.adjustmentId());
            return;
        }
        Goal goal = goals.findByIdOptional(proposal.goalId()).orElseThrow(() -> new MalformedEventException(
                "adjustment " + proposal.adjustmentId() + " refers to goal " + proposal.goalId() + ", which does not exist"));
        if (goal.metric == null) {
            throw new MalformedEventException("adjustment " + proposal.adjustmentId() + " proposes a target for goal "
                    + goal.id + ", an OBJECTIVE without a target");
        }
        if (proposal.newTargetValue().signum() <= 0 || proposal.newTargetValue().scale() > 4
                || proposal.newTargetValue().precision() - proposal.newTargetValue().scale() > 15) {
            throw new MalformedEventException("adjustment " + proposal.adjustmentId() + " proposes an impossible target "
                    + proposal.newTargetValue().toPlainString());
        }
        Instant proposedAt = proposal.proposedAt() == null ? Instant.now() : proposal.proposedAt().toInstant();
        adjustments.persist(new PlanAdjustment(proposal.adjustmentId(), goal.id, proposal.retrospectiveId(),
                proposal.newTargetValue(), proposal.reason(), proposedAt, proposedBy == null ? "unknown" : proposedBy));
    }

    @Transactional
    public PlanAdjustmentListResponse list(UUID goalId, AdjustmentStatus status) {
        Goal goal = access.forOperation(goalId, Operation.READ_ADJUSTMENTS);
        return new PlanAdjustmentListResponse(adjustments.ofGoal(goalId, status).stream()
                .map(a -> PlanAdjustmentResponse.from(a, goal.metric)).toList());
    }

    /** Accepts a pending proposal: the goal's target becomes the proposed one. */
    @Transactional
    public PlanAdjustmentResponse accept(UUID goalId, UUID adjustmentId) {
        access.forOperation(goalId, Operation.DECIDE_ADJUSTMENTS);
        Goal goal = goals.findByIdOptional(goalId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Goal", goalId));
        PlanAdjustment adjustment = pending(goal, adjustmentId);
        if (!goal.active()) {
            throw ApiException.conflict("goal " + goalId + " is archived; its target can no longer change, reject the proposal instead");
        }
        String problem = goal.metric.checkTarget(adjustment.newTargetValue);
        if (problem != null) {
            throw ApiException.conflict("the proposed target " + adjustment.newTargetValue.stripTrailingZeros().toPlainString()
                    + " cannot be applied to a " + goal.metric + " goal: it " + problem + "; reject the proposal instead");
        }
        goal.retarget(adjustment.newTargetValue, "plan adjustment " + adjustment.id + " from retrospective "
                + adjustment.retrospectiveId + (adjustment.reason == null ? "" : ": " + adjustment.reason));
        adjustment.decide(AdjustmentStatus.ACCEPTED, actors.current());
        if (goal.changed()) {
            publisher.publish(GoalChangedV1.UPDATED, List.of(goal));
        }
        return PlanAdjustmentResponse.from(adjustment, goal.metric);
    }

    @Transactional
    public PlanAdjustmentResponse reject(UUID goalId, UUID adjustmentId) {
        Goal goal = access.forOperation(goalId, Operation.DECIDE_ADJUSTMENTS);
        PlanAdjustment adjustment = pending(goal, adjustmentId);
        adjustment.decide(AdjustmentStatus.REJECTED, actors.current());
        return PlanAdjustmentResponse.from(adjustment, goal.metric);
    }

    private PlanAdjustment pending(Goal goal, UUID adjustmentId) {
        PlanAdjustment adjustment = adjustments.findByIdOptional(adjustmentId, LockModeType.PESSIMISTIC_WRITE)
                .filter(a -> a.goalId.equals(goal.id))
                .orElseThrow(() -> ApiException.notFound("Plan adjustment", adjustmentId));
        if (adjustment.status != AdjustmentStatus.PENDING) {
            throw ApiException.conflict("plan adjustment " + adjustmentId + " was already "
                    + adjustment.status.name().toLowerCase() + "; it cannot be decided again");
        }
        return adjustment;
    }
}
