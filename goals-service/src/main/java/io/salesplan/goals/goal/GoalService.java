package io.salesplan.goals.goal;

import io.salesplan.goals.access.GoalAccess;
import io.salesplan.goals.access.Operation;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Keyset;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.security.Grant;
import io.salesplan.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Goals' lifecycle: create, read, list, change and archive, each in one transaction. */
@ApplicationScoped
public class GoalService {

    private final GoalRepository goals;
    private final GoalHistoryRepository history;
    private final GoalValidation validation;
    private final GoalPublisher publisher;
    private final GoalTree trees;
    private final CursorCodec cursors;
    private final GoalAccess access;
    private final String currency;

    public GoalService(GoalRepository goals, GoalHistoryRepository history, GoalValidation validation,
            GoalPublisher publisher, GoalTree trees, CursorCodec cursors, GoalAccess access, PlatformConfig config) {
        this.goals = goals;
        this.history = history;
        this.validation = validation;
        this.publisher = publisher;
        this.trees = trees;
        this.cursors = cursors;
        this.access = access;
        this.currency = config.currency();
    }

    @Transactional
    public GoalResponse create(CreateGoalRequest request) {
        Grant grant = access.grant(Operation.CHANGE_GOALS);
        SalesPeriod period = validation.checkNew(request, grant);
        Goal goal = new Goal(request.title().trim(), request.description(), request.type(), request.parentId(),
                request.ownerType(), request.ownerId(), period, request.metric(), request.activityType(),
                request.targetValue(), GoalOrigin.MANUAL, publisher.actor());
        goals.persist(goal);
        publisher.publish(GoalChangedV1.CREATED, List.of(goal));
        return GoalResponse.from(goal, currency);
    }

    /** The goal, when the caller may read it; else a 404. */
    @Transactional
    public GoalResponse get(UUID id) {
        return GoalResponse.from(access.readable(id), currency);
    }

    /** Every change to the goal's target, period and status, oldest first. */
    @Transactional
    public GoalHistoryResponse history(UUID id) {
        return GoalHistoryResponse.of(history.of(access.readable(id).id));
    }

    @Transactional
    public Page<GoalResponse> list(GoalRepository.Filter filter, String cursor, int limit) {
        String query = filter.key();
        Keyset.Position<Instant> after = Keyset.after(cursors, query, cursor, Instant::parse);
        List<Goal> rows = goals.list(filter, access.visible(), after, limit + 1);
        return Keyset.page(cursors, query, rows, limit, Goal::position)
                .map(g -> GoalResponse.from(g, currency));
    }

    @Transactional
    public GoalResponse update(UUID id, UpdateGoalRequest changes, String ifMatch) {
        Goal goal = access.forOperation(id, Operation.CHANGE_GOALS);
        Versions.checkIfMatch(ifMatch, goal.version);
        GoalValidation.checkChanges(goal, changes);
        if (changes.title() != null) {
            goal.retitle(changes.title().trim());
        }
        if (changes.description() != null) {
            goal.describe(changes.description().isEmpty() ? null : changes.description());
        }
        if (changes.targetValue() != null) {
            goal.retarget(changes.targetValue(), null);
        }
        if (goal.changed()) {
            publisher.publish(GoalChangedV1.UPDATED, List.of(goal));
        }
        return GoalResponse.from(goal, currency);
    }

    /** Archives the goal and its whole active subtree; archiving an archived goal changes nothing. */
    @Transactional
    public void archive(UUID id) {
        Goal goal = access.forOperation(id, Operation.CHANGE_GOALS);
        if (goal.active()) {
            publisher.archiveSubtrees(List.of(goal), null);
        }
    }

    @Transactional
    public GoalResponse tree(UUID id, boolean includeArchived) {
        return trees.of(access.readable(id), includeArchived);
    }
}
