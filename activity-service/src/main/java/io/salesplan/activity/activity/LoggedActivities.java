package io.salesplan.activity.activity;

import io.salesplan.activity.access.Operation;
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
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads, changes and deletes activities once logged. Every operation is checked against the
 * caller's grant for {@link Operation#ACTIVITIES}: an activity whose owner is outside it is a 404 by
 * id and never listed; naming such an owner in a list filter is a 403.
 */
@ApplicationScoped
public class LoggedActivities {

    private final ActivityRepository repository;
    private final Outbox outbox;
    private final CursorCodec cursors;
    private final Actors actors;
    private final Access access;
    private final Clock clock = Clock.systemUTC();

    public LoggedActivities(ActivityRepository repository, Outbox outbox, CursorCodec cursors, Actors actors,
            Access access) {
        this.repository = repository;
        this.outbox = outbox;
        this.cursors = cursors;
        this.actors = actors;
        this.access = access;
    }

    /** The activity, when it exists and its owner is in the caller's scope. */
    public Optional<ActivityResponse> find(UUID id) {
        Grant grant = access.grant(Operation.ACTIVITIES);
        return repository.findByIdOptional(id).filter(a -> grant.coversRep(a.ownerId)).map(ActivityResponse::from);
    }

    /** One page of the activities of the owners in the caller's scope; naming an owner outside it is a 403. */
    public Page<ActivityResponse> list(ActivityFilter filter, String cursor, int limit) {
        Grant grant = access.grant(Operation.ACTIVITIES);
        if (filter.ownerId() != null) {
            grant.requireRep("ownerId", filter.ownerId());
        }
        Keyset.Position<OffsetDateTime> after = Keyset.after(cursors, filter.queryKey(), cursor, OffsetDateTime::parse);
        List<Activity> rows = repository.page(filter, grant.repIds().orElse(null), after, limit + 1);
        return Keyset.page(cursors, filter.queryKey(), rows, limit,
                a -> new Keyset.Position<>(ActivityResponse.utc(a.occurredAt), a.id)).map(ActivityResponse::from);
    }

    /** Changes the given fields and publishes the new state; honours If-Match. */
    @Transactional
    public ActivityResponse update(UUID id, UpdateActivityRequest patch, String ifMatch) {
        OffsetDateTime now = ActivityStore.now(clock);
        if (patch.occurredAt() != null && patch.occurredAt().isAfter(now.plus(ActivityRules.MAX_AHEAD))) {
            throw ApiException.invalid("occurredAt", "must be at most one day in the future");
        }
        Activity activity = inScope(id);
        Versions.checkIfMatch(ifMatch, activity.version);
        boolean changed = false;
        if (patch.type() != null && patch.type() != activity.type) {
            activity.type = patch.type();
            changed = true;
        }
        if (patch.occurredAt() != null && !patch.occurredAt().isEqual(activity.occurredAt)) {
            activity.occurredAt = patch.occurredAt().truncatedTo(ChronoUnit.MICROS).withOffsetSameInstant(ZoneOffset.UTC);
            changed = true;
        }
        if (patch.durationMinutes() != null && !patch.durationMinutes().equals(activity.durationMinutes)) {
            activity.durationMinutes = patch.durationMinutes();
            changed = true;
        }
        if (patch.outcome() != null && !patch.outcome().equals(activity.outcome)) {
            activity.outcome = patch.outcome();
            changed = true;
        }
        if (patch.notes() != null && !patch.notes().equals(activity.notes)) {
            activity.notes = patch.notes();
            changed = true;
        }
        if (changed) {
            activity.updatedBy = actors.currentOr(ActivityStore.SYSTEM);
            repository.flush();
            outbox.publish(ActivityEvent.UPDATED, id.toString(), ActivityEvent.of(ActivityResponse.from(activity)));
        }
        return ActivityResponse.from(activity);
    }

    /** Deletes the activity and publishes its last state with the version one higher. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Activity activity = inScope(id);
        Versions.checkIfMatch(ifMatch, activity.version);
        ActivityResponse last = ActivityResponse.from(activity);
        ActivityEvent event = ActivityEvent.of(last);
        repository.delete(activity);
        outbox.publish(ActivityEvent.DELETED, id.toString(), new ActivityEvent(event.activityId(), event.type(),
                event.ownerId(), event.occurredAt(), event.opportunityId(), event.accountId(), event.taskId(),
                event.durationMinutes(), event.outcome(), event.source(), event.externalId(), last.version() + 1));
    }

    /** The activity, when it exists and its owner is in the caller's scope; else a 404, which reveals nothing. */
    private Activity inScope(UUID id) {
        Grant grant = access.grant(Operation.ACTIVITIES);
        return repository.findByIdOptional(id).filter(a -> grant.coversRep(a.ownerId))
                .orElseThrow(() -> ApiException.notFound("Activity", id));
    }
}
