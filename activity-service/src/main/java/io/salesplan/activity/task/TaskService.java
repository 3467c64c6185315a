package io.salesplan.activity.task;

import io.salesplan.activity.access.Operation;
import io.salesplan.activity.activity.ActivityRow;
import io.salesplan.activity.activity.ActivityRules;
import io.salesplan.activity.activity.ActivityStore;
import io.salesplan.activity.reference.References;
import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Keyset;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Actors;
import io.salesplan.platform.security.Grant;
import io.salesplan.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates, completes and reads tasks, each checked against the caller's grant for
 * {@link Operation#TASKS}: an owner outside it is a 403 when named in a request, a task whose owner is
 * outside it is a 404 by id and never listed.
 */
@ApplicationScoped
public class TaskService {

    private final TaskRepository repository;
    private final ActivityStore activities;
    private final References references;
    private final Outbox outbox;
    private final CursorCodec cursors;
    private final Actors actors;
    private final Access access;
    private final Clock clock = Clock.systemUTC();

    public TaskService(TaskRepository repository, ActivityStore activities, References references, Outbox outbox,
            CursorCodec cursors, Actors actors, Access access) {
        this.repository = repository;
        this.activities = activities;
        this.references = references;
        this.outbox = outbox;
        this.cursors = cursors;
        this.actors = actors;
        this.access = access;
    }

    /** Creates the task after verifying its references (outside the transaction: they may ask other services). */
    public TaskResponse create(CreateTaskRequest task) {
        access.grant(Operation.TASKS).requireRep("ownerId", task.ownerId());
        References.Links links = references.check(task.ownerId(), task.opportunityId(), task.accountId());
        if (!links.errors().isEmpty()) {
            throw References.unknown(links.errors());
        }
        return store(task, links.accountId());
    }

    @Transactional
    TaskResponse store(CreateTaskRequest request, UUID accountId) {
        OffsetDateTime now = now();
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.title = request.title().strip();
        task.type = request.type();
        task.ownerId = request.ownerId();
        task.dueAt = request.dueAt().truncatedTo(ChronoUnit.MICROS);
        task.opportunityId = request.opportunityId();
        task.accountId = accountId;
        task.notes = request.notes();
        task.status = TaskStatus.OPEN;
        task.createdAt = now;
        task.createdBy = actors.currentOr(ActivityStore.SYSTEM);
        task.updatedBy = task.createdBy;
        repository.persistAndFlush(task);
        outbox.publish(TaskEvent.CREATED, task.id.toString(), TaskEvent.of(task));
        return TaskResponse.from(task, now);
    }

    /**
     * Marks the task done and logs the activity it stands for, linked to the task, in one
     * transaction. The task row is locked first, so of two concurrent completions one wins and
     * the other gets the 409.
     */
    @Transactional
    public TaskResponse complete(UUID id, CompleteTaskRequest details, String ifMatch) {
        Grant grant = access.grant(Operation.TASKS);
        OffsetDateTime now = now();
        CompleteTaskRequest request = details == null ? CompleteTaskRequest.NOTHING : details;
        if (request.occurredAt() != null && request.occurredAt().isAfter(now.plus(ActivityRules.MAX_AHEAD))) {
            throw ApiException.invalid("occurredAt", "must be at most one day in the future");
        }
        Task task = repository.findForUpdate(id).filter(t -> grant.coversRep(t.ownerId))
                .orElseThrow(() -> ApiException.notFound("Task", id));
        Versions.checkIfMatch(ifMatch, task.version);
        if (task.status == TaskStatus.DONE) {
            throw ApiException.conflict("Task " + id + " was already completed at " + task.completedAt
                    + " (activity " + task.activityId + ")");
        }
        String actor = actors.currentOr(ActivityStore.SYSTEM);
        ActivityRow activity = activities.logForTask(task.id, task.type, task.ownerId, task.opportunityId,
                task.accountId, request.occurredAt() == null ? now : request.occurredAt(), request.durationMinutes(),
                request.outcome(), request.notes(), actor);
        task.status = TaskStatus.DONE;
        task.updatedBy = actor;
        task.completedAt = now;
        task.activityId = activity.id();
        repository.flush();
        outbox.publish(TaskEvent.COMPLETED, task.id.toString(), TaskEvent.of(task));
        return TaskResponse.from(task, now);
    }

    /** The task, when it exists and its owner is in the caller's scope. */
    public Optional<TaskResponse> find(UUID id) {
        Grant grant = access.grant(Operation.TASKS);
        OffsetDateTime now = now();
        return repository.findByIdOptional(id).filter(t -> grant.coversRep(t.ownerId)).map(t -> TaskResponse.from(t, now));
    }

    /** One page of the tasks of the owners in the caller's scope; naming an owner outside it is a 403. */
    public Page<TaskResponse> list(TaskFilter filter, String cursor, int limit) {
        Grant grant = access.grant(Operation.TASKS);
        if (filter.ownerId() != null) {
            grant.requireRep("ownerId", filter.ownerId());
        }
        OffsetDateTime now = now();
        Keyset.Position<OffsetDateTime> after = Keyset.after(cursors, filter.queryKey(), cursor, OffsetDateTime::parse);
        List<Task> rows = repository.page(filter, grant.repIds().orElse(null), now, after, limit + 1);
        return Keyset.page(cursors, filter.queryKey(), rows, limit,
                t -> new Keyset.Position<>(TaskEvent.utc(t.dueAt), t.id)).map(t -> TaskResponse.from(t, now));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
