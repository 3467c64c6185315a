package io.salesplan.goals.decomposition;

import io.salesplan.goals.access.GoalAccess;
import io.salesplan.goals.access.Operation;
import io.salesplan.goals.goal.Goal;
import io.salesplan.goals.goal.GoalChangedV1;
import io.salesplan.goals.goal.GoalOrigin;
import io.salesplan.goals.goal.GoalPublisher;
import io.salesplan.goals.goal.GoalRepository;
import io.salesplan.goals.goal.GoalResponse;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/** Splits a goal into child goals whose targets sum exactly to its own, replacing an earlier split on request. */
@ApplicationScoped
public class DecompositionService {

    private final GoalRepository goals;
    private final GoalPublisher publisher;
    private final SplitParts splitParts;
    private final GoalAccess access;
    private final String currency;

    public DecompositionService(GoalRepository goals, GoalPublisher publisher, SplitParts splitParts,
            GoalAccess access, PlatformConfig config) {
        this.goals = goals;
        this.publisher = publisher;
        this.splitParts = splitParts;
        this.access = access;
        this.currency = config.currency();
    }

    @Transactional
    public DecompositionResponse decompose(UUID goalId, DecomposeRequest request) {
        // the children of a goal in the caller's scope are split over its own period or its own sub-teams and reps
        access.forOperation(goalId, Operation.CHANGE_GOALS);
        Goal goal = goals.findByIdOptional(goalId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Goal", goalId));
        if (request.by() == DecomposeRequest.By.PERIOD && request.into() == null) {
            throw ApiException.invalid("into", "is required with by PERIOD; allowed values: QUARTER, MONTH, WEEK");
        }
        if (request.by() == DecomposeRequest.By.OWNER && request.into() != null) {
            throw ApiException.invalid("into", "is only allowed with by PERIOD");
        }
        if (!goal.active()) {
            throw ApiException.conflict("goal " + goalId + " is archived and cannot be decomposed");
        }
        if (goal.metric == null) {
            throw ApiException.conflict("goal " + goalId + " is an OBJECTIVE and has no target to split; decompose its key results");
        }
        List<SplitParts.Part> parts = request.by() == DecomposeRequest.By.PERIOD
                ? splitParts.periods(goal, request.into(), request.weights())
                : splitParts.owners(goal, request.weights());

        List<Goal> previous = new ArrayList<>(goals.activeChildren(goal.id, GoalOrigin.PERIOD_SPLIT));
        previous.addAll(goals.activeChildren(goal.id, GoalOrigin.OWNER_SPLIT));
        if (!previous.isEmpty()) {
            if (!Boolean.TRUE.equals(request.replace())) {
                throw ApiException.conflict("goal " + goalId + " is already decomposed into " + previous.size()
                        + " child goals; send \"replace\": true to archive them and split again");
            }
            publisher.archiveSubtrees(previous, "replaced by a new decomposition of goal " + goalId);
        }

        List<BigDecimal> targets = goal.metric.additive()
                ? LargestRemainder.split(goal.presentedTarget(), parts.stream().map(SplitParts.Part::weight).toList(),
                        goal.metric.scale())
                : Collections.nCopies(parts.size(), goal.presentedTarget());
        GoalOrigin origin = request.by() == DecomposeRequest.By.PERIOD ? GoalOrigin.PERIOD_SPLIT : GoalOrigin.OWNER_SPLIT;
        List<Goal> children = new ArrayList<>();
        Iterator<BigDecimal> target = targets.iterator();
        for (SplitParts.Part part : parts) {
            Goal child = goal.child(title(goal.title, part.label()), part.ownerType(), part.ownerId(), part.period(),
                    target.next(), origin, publisher.actor());
            goals.persist(child);
            children.add(child);
        }
        publisher.publish(GoalChangedV1.CREATED, children);
        return new DecompositionResponse(goal.id,
                children.stream().map(c -> GoalResponse.from(c, currency)).toList());
    }

    private static String title(String parent, String label) {
        String title = parent + " · " + label;
        return title.length() <= 200 ? title : title.substring(0, 200);
    }
}
