package io.salesplan.activity.activity;

import io.salesplan.platform.problem.Problem.FieldError;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The rules of an activity that Bean Validation cannot express (they need the clock or two fields). */
public final class ActivityRules {

    /** Clocks differ and reps log tomorrow's early meeting tonight, so "now" stretches one day ahead. */
    public static final Duration MAX_AHEAD = Duration.ofDays(1);

    private ActivityRules() {
    }

    public static List<FieldError> check(LogActivityRequest activity, OffsetDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        if (activity.occurredAt() != null && activity.occurredAt().isAfter(now.plus(MAX_AHEAD))) {
            errors.add(new FieldError("occurredAt", "must be at most one day in the future"));
        }
        if (activity.externalId() != null && activity.externalId().isBlank()) {
            errors.add(new FieldError("externalId", "must not be blank when given"));
        }
        if (activity.source() != null && activity.source().isBlank()) {
            errors.add(new FieldError("source", "must not be blank when given"));
        }
        if (activity.externalId() != null && activity.source() == null) {
            errors.add(new FieldError("source", "is required with externalId (source + externalId identify the activity)"));
        }
        return errors;
    }
}
