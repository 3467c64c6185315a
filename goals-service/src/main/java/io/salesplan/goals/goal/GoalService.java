package io.salesplan.goals.goal;

import io.salesplan.goals.access.GoalAccess;
import io.salesplan.goals.access.Operation;
import io.salesplan.goals.rep.RepRepository;
import io.salesplan.goals.team.TeamRepository;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Keyset;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.security.Actors;
import io.salesplan.platform.security.Grant;
import io.salesplan.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class GoalService {

    /** The actor of changes no request caused. */
    static final String SYSTEM = "system";

    private final GoalRepository goals;
    private final GoalHistoryRepository history;
    private final TeamRepository teams;
    private final RepRepository reps;
    private final Outbox outbox;
    private final CursorCodec cursors;
    private final GoalAccess access;
    private final Actors actors;
    private final String currency;

    public GoalService(GoalRepository goals, GoalHistoryRepository history, TeamRepository teams, RepRepository reps,
            Outbox outbox, CursorCodec cursors, GoalAccess access, Actors actors, PlatformConfig config) {
        this.goals = goals;
        this.history = history;
        this.teams = teams;
        this.reps = reps;
        this.outbox = outbox;
        this.cursors = cursors;
        this.access = access;
        this.actors = actors;
        this.currency = config.currency();
    }

    @Transactional
    public GoalDtos.GoalResponse create(GoalDtos.NewGoal request) {
        Grant grant = access.grant(Operation.CHANGE_GOALS);
        List<Problem.FieldError> errors = new ArrayList<>();
        SalesPeriod period = SalesPeriod.tryParse(request.period().trim()).orElse(null);
        if (period == null) {
            errors.add(new Problem.FieldError("period", "'" + request.period() + "' is not " + SalesPeriod.FORMAT_HINT));
        }
        checkMeasure(request, errors);
        checkOwnerShape(request.ownerType(), request.ownerId(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        grant.requireOwner("ownerId", request.ownerType().name(), request.ownerId());
        requireOwner(request.ownerType(), request.ownerId());
        if (request.parentId() != null) {
            checkParent(request, period);
        }
        Goal goal = new Goal(request.title().trim(), request.description(), request.type(), request.parentId(),
                request.ownerType(), request.ownerId(), period, request.metric(), request.activityType(),
                request.targetValue(), GoalOrigin.MANUAL, actor());
        goals.persist(goal);
        publish(GoalChangedV1.CREATED, List.of(goal));
        return GoalDtos.GoalResponse.from(goal, currency);
    }

    /** The goal, when the caller may read it; else a 404. */
    @Transactional
    public GoalDtos.GoalResponse get(UUID id) {
        return GoalDtos.GoalResponse.from(access.readable(id), currency);
    }

    /** Every change to the goal's target, period and status, oldest first. */
    @Transactional
    public GoalDtos.GoalHistory history(UUID id) {
        return GoalDtos.GoalHistory.of(history.of(access.readable(id).id()));
    }

    @Transactional
    public Page<GoalDtos.GoalResponse> list(GoalRepository.Filter filter, String cursor, int limit) {
        String query = filter.key();
        Keyset.Position<Instant> after = Keyset.after(cursors, query, cursor, Instant::parse);
        List<Goal> rows = goals.list(filter, access.visible(), after, limit + 1);
        return Keyset.page(cursors, query, rows, limit, Goal::position)
                .map(g -> GoalDtos.GoalResponse.from(g, currency));
    }

    @Transactional
    public GoalDtos.GoalResponse update(UUID id, GoalDtos.GoalChanges changes, String ifMatch) {
        Goal goal = access.forOperation(id, Operation.CHANGE_GOALS);
        Versions.checkIfMatch(ifMatch, goal.version());
        List<Problem.FieldError> errors = new ArrayList<>();
        immutable(errors, "type", changes.type());
        immutable(errors, "parentId", changes.parentId());
        immutable(errors, "ownerType", changes.ownerType());
        immutable(errors, "ownerId", changes.ownerId());
        immutable(errors, "period", changes.period());
        immutable(errors, "metric", changes.metric());
        immutable(errors, "activityType", changes.activityType());
        if (changes.status() != null) {
            errors.add(new Problem.FieldError("status", "cannot be changed here; DELETE the goal to archive it"));
        }
        if (changes.targetValue() != null) {
            if (goal.metric() == null) {
                errors.add(new Problem.FieldError("targetValue", "an OBJECTIVE has no target; set targets on its key results"));
            } else {
                String problem = goal.metric().checkTarget(changes.targetValue());
                if (problem != null) {
                    errors.add(new Problem.FieldError("targetValue", problem));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (!goal.active()) {
            throw ApiException.conflict("goal " + id + " is archived; archived goals cannot be changed");
        }
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
            publish(GoalChangedV1.UPDATED, List.of(goal));
        }
        return GoalDtos.GoalResponse.from(goal, currency);
    }

    /** Archives the goal and its whole active subtree; archiving an archived goal changes nothing. */
    @Transactional
    public void archive(UUID id) {
        Goal goal = access.forOperation(id, Operation.CHANGE_GOALS);
        if (goal.active()) {
            archiveSubtrees(List.of(goal), null);
        }
    }

    @Transactional
    public GoalDtos.GoalResponse tree(UUID id, boolean includeArchived) {
        Goal root = access.readable(id);
        GoalRepository.Visible visible = access.visible();
        Map<UUID, List<Goal>> childrenByParent = new HashMap<>();
        List<UUID> level = List.of(root.id());
        while (!level.isEmpty()) {
            List<Goal> children = goals.childrenOf(level, !includeArchived);
            List<UUID> next = new ArrayList<>();
            for (Goal child : children) {
                if (visible != null && !visible.contains(child)) {
                    continue;
                }
                childrenByParent.computeIfAbsent(child.parentId(), k -> new ArrayList<>()).add(child);
                next.add(child.id());
            }
            level = next;
        }
        return node(root, childrenByParent);
    }

    private GoalDtos.GoalResponse node(Goal goal, Map<UUID, List<Goal>> childrenByParent) {
        List<GoalDtos.GoalResponse> children = childrenByParent.getOrDefault(goal.id(), List.of()).stream()
                .map(child -> node(child, childrenByParent)).toList();
        return GoalDtos.GoalResponse.tree(goal, currency, children);
    }

    /**
     * Attributes the changes of goals persisted or changed in this transaction to the caller, records
     * their target, period and status changes in the goals' history and writes their events (flushing
     * first, so versions are current).
     */
    public void publish(String type, Collection<Goal> changed) {
        String actor = actor();
        Instant at = Instant.now();
        List<GoalHistoryEntry> entries = new ArrayList<>();
        for (Goal goal : changed) {
            goal.attributeTo(actor).forEach(change -> entries.add(new GoalHistoryEntry(goal.id(), at, actor, change)));
        }
        goals.flush();
        history.persist(entries);
        outbox.publishAll(changed.stream()
                .map(g -> new Outbox.Draft(type, g.id().toString(), GoalChangedV1.of(g)))
                .toList());
    }

    /** Archives goals and all their active descendants, with one archived event each; {@code reason} goes to their history. */
    public void archiveSubtrees(Collection<Goal> roots, String reason) {
        List<Goal> archived = new ArrayList<>();
        List<Goal> level = new ArrayList<>(roots);
        while (!level.isEmpty()) {
            level.forEach(goal -> goal.archive(reason));
            archived.addAll(level);
            level = goals.childrenOf(level.stream().map(Goal::id).toList(), true);
        }
        publish(GoalChangedV1.ARCHIVED, archived);
    }

    public String currency() {
        return currency;
    }

    /** Who is changing goals now: the caller's token subject, or {@value #SYSTEM} when no request caused it. */
    public String actor() {
        return actors.currentOr(SYSTEM);
    }

    private static void immutable(List<Problem.FieldError> errors, String field, Object value) {
        if (value != null) {
            errors.add(new Problem.FieldError(field, "cannot be changed; archive the goal and create a new one"));
        }
    }

    private static void checkMeasure(GoalDtos.NewGoal request, List<Problem.FieldError> errors) {
        if (request.type() == GoalType.OBJECTIVE) {
            if (request.metric() != null) {
                errors.add(new Problem.FieldError("metric", "an OBJECTIVE has no metric; give the metric to its key results"));
            }
            if (request.targetValue() != null) {
                errors.add(new Problem.FieldError("targetValue", "an OBJECTIVE has no target; give targets to its key results"));
            }
        } else {
            if (request.metric() == null) {
                errors.add(new Problem.FieldError("metric", "is required for a " + request.type()));
            }
            if (request.targetValue() == null) {
                errors.add(new Problem.FieldError("targetValue", "is required for a " + request.type()));
            } else if (request.metric() != null) {
                String problem = request.metric().checkTarget(request.targetValue());
                if (problem != null) {
                    errors.add(new Problem.FieldError("targetValue", problem));
                }
            } else if (request.targetValue().signum() <= 0) {
                errors.add(new Problem.FieldError("targetValue", "must be greater than 0"));
            }
        }
        if (request.activityType() != null && request.metric() != Metric.ACTIVITIES) {
            errors.add(new Problem.FieldError("activityType", "is only allowed with metric ACTIVITIES"));
        }
    }

    private static void checkOwnerShape(OwnerType ownerType, UUID ownerId, List<Problem.FieldError> errors) {
        if (ownerType == OwnerType.COMPANY && ownerId != null) {
            errors.add(new Problem.FieldError("ownerId", "must be absent for a COMPANY goal"));
        }
        if (ownerType != null && ownerType != OwnerType.COMPANY && ownerId == null) {
            errors.add(new Problem.FieldError("ownerId", "is required for a " + ownerType + " goal"));
        }
    }

    private void requireOwner(OwnerType ownerType, UUID ownerId) {
        if (ownerType == OwnerType.TEAM && teams.findByIdOptional(ownerId).isEmpty()) {
            throw ApiException.unknownReference("ownerId", "team " + ownerId + " does not exist");
        }
        if (ownerType == OwnerType.REP && reps.findByIdOptional(ownerId).isEmpty()) {
            throw ApiException.unknownReference("ownerId", "rep " + ownerId + " does not exist");
        }
    }

    private void checkParent(GoalDtos.NewGoal request, SalesPeriod period) {
        GoalRepository.Visible visible = access.visible();
        Goal parent = goals.findByIdOptional(request.parentId())
                .filter(goal -> visible == null || visible.contains(goal))
                .orElseThrow(() -> ApiException.unknownReference("parentId", "goal " + request.parentId() + " does not exist"));
        if (!request.type().acceptsParent(parent.type())) {
            throw ApiException.invalid("parentId", "a " + request.type() + " cannot sit under a " + parent.type()
                    + " (OBJECTIVE → KEY_RESULT → KPI)");
        }
        if (!period.isWithin(parent.salesPeriod())) {
            throw ApiException.invalid("period", period.key() + " does not lie within the parent's period "
                    + parent.period());
        }
        if (!parent.active()) {
            throw ApiException.conflict("parent goal " + parent.id() + " is archived; goals cannot be added under it");
        }
    }
}
