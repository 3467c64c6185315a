package io.salesplan.activity.activity;

import io.salesplan.platform.problem.Problem.FieldError;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One item on its way in: the request, the account resolved for it, and what is wrong with it. */
final class Candidate {
    final int index;
    final LogActivityRequest activity;
    final List<FieldError> errors = new ArrayList<>(0);
    UUID accountId;

    Candidate(int index, LogActivityRequest activity) {
        this.index = index;
        this.activity = activity;
        this.accountId = activity.accountId();
    }

    IdempotencyKey key() {
        return IdempotencyKey.of(activity.source(), activity.externalId());
    }

    ActivityRow row(OffsetDateTime now) {
        OffsetDateTime occurredAt = activity.occurredAt() == null ? now
                : activity.occurredAt().truncatedTo(ChronoUnit.MICROS).withOffsetSameInstant(ZoneOffset.UTC);
        return new ActivityRow(UUID.randomUUID(), activity.type(), activity.ownerId(), occurredAt,
                activity.opportunityId(), accountId, null, activity.durationMinutes(), activity.outcome(),
                activity.notes(), activity.source(), activity.externalId());
    }
}
