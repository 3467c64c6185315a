package io.salesplan.activity.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplan.platform.problem.Problem.FieldError;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T12:00:00Z");

    private static LogActivityRequest at(OffsetDateTime occurredAt, String source, String externalId) {
        return new LogActivityRequest(ActivityType.CALL, UUID.randomUUID(), occurredAt, null, null, null, null, null, source,
                externalId);
    }

    @Test
    void occurredAtMayBeUpToExactlyOneDayAhead() {
        assertThat(ActivityRules.check(at(NOW.plusDays(1), null, null), NOW)).isEmpty();
        assertThat(ActivityRules.check(at(NOW.minusYears(3), null, null), NOW)).isEmpty();
        assertThat(ActivityRules.check(at(null, null, null), NOW)).isEmpty();
        assertThat(ActivityRules.check(at(NOW.plusDays(1).plusSeconds(1), null, null), NOW))
                .extracting(FieldError::field).containsExactly("occurredAt");
    }

    @Test
    void anExternalIdNeedsASourceAndNeitherMayBeBlank() {
        assertThat(ActivityRules.check(at(NOW, "crm", "42"), NOW)).isEmpty();
        assertThat(ActivityRules.check(at(NOW, null, "42"), NOW)).extracting(FieldError::field).containsExactly("source");
        assertThat(ActivityRules.check(at(NOW, "crm", " "), NOW)).extracting(FieldError::field)
                .containsExactly("externalId");
        assertThat(ActivityRules.check(at(NOW, "", null), NOW)).extracting(FieldError::field).containsExactly("source");
    }
}
