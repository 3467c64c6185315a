package io.salesplan.activity.activity;

import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.problem.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Stores new activities: all rows in one statement and their {@code logged} events in one outbox
 * statement, in one transaction. Used by the single and the batch ingestion and by task completion.
 */
@ApplicationScoped
public class ActivityStore {

    /** The author of what no request caused; every activity today is logged by a request. */
    public static final String SYSTEM = "system";
    /**
     * Why an activity is not shown back although its source + externalId is already stored: it belongs to
     * a rep outside the caller's scope.
     */
    static final FieldError STORED_OUTSIDE_SCOPE = new FieldError("externalId",
            "is already stored (with this source) for a rep outside your scope");

    private final ActivityRepository repository;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public ActivityStore(ActivityRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    /** The rows inserted now, and the stored activities of the keys that were already there. */
    record Stored(List<ActivityRow> created, Map<IdempotencyKey, ActivityRepository.Existing> existing) {
    }

    @Transactional
    Stored store(List<ActivityRow> rows, OffsetDateTime now, String actor) {
        Set<UUID> inserted = new HashSet<>(repository.insertNew(rows, now, actor));
        List<ActivityRow> created = new ArrayList<>(inserted.size());
        List<IdempotencyKey> clashing = new ArrayList<>();
        for (ActivityRow row : rows) {
            if (inserted.contains(row.id())) {
                created.add(row);
            } else {
                clashing.add(IdempotencyKey.of(row.source(), row.externalId()));
            }
        }
        outbox.publishAll(created.stream()
                .map(a -> new Outbox.Draft(ActivityEvent.LOGGED, a.id().toString(), ActivityEvent.logged(a)))
                .toList());
        return new Stored(created, clashing.isEmpty() ? Map.of() : repository.existing(clashing));
    }

    /**
     * Logs the activity that completing a task stands for, in the caller's transaction, in the name of
     * {@code actor} (who completed the task).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ActivityRow logForTask(UUID taskId, ActivityType type, UUID ownerId, UUID opportunityId, UUID accountId,
            OffsetDateTime occurredAt, Integer durationMinutes, String outcome, String notes, String actor) {
        OffsetDateTime now = now(clock);
        ActivityRow row = new ActivityRow(UUID.randomUUID(), type, ownerId, occurredAt.truncatedTo(ChronoUnit.MICROS),
                opportunityId, accountId, taskId, durationMinutes, outcome, notes, null, null);
        repository.insertNew(List.of(row), now, actor);
        outbox.publish(ActivityEvent.LOGGED, row.id().toString(), ActivityEvent.logged(row));
        return row;
    }

    static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
