package io.salesplan.activity.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplan.platform.problem.ApiException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeBoundsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aDateCoversTheWholeBusinessDayInTheZone() {
        assertThat(TimeBounds.from("2026-03-02", SHANGHAI)).isEqualTo(OffsetDateTime.parse("2026-03-01T16:00:00Z"));
        assertThat(TimeBounds.toExclusive("2026-03-02", SHANGHAI)).isEqualTo(OffsetDateTime.parse("2026-03-02T16:00:00Z"));
    }

    @Test
    void anInstantIsTakenAsIsAndItsUpperBoundIsInclusive() {
        OffsetDateTime t = OffsetDateTime.parse("2026-03-02T09:00:00Z");
        assertThat(TimeBounds.from("2026-03-02T09:00:00Z", ZoneOffset.UTC)).isEqualTo(t);
        OffsetDateTime end = TimeBounds.toExclusive("2026-03-02T09:00:00Z", ZoneOffset.UTC);
        assertThat(end).isAfter(t);
        assertThat(end).isEqualTo(t.plusNanos(1000));
    }

    @Test
    void blankIsNoBoundAndGarbageIsA400NamingTheParameter() {
        assertThat(TimeBounds.from(" ", ZoneOffset.UTC)).isNull();
        assertThatThrownBy(() -> TimeBounds.toExclusive("2026-02-30", ZoneOffset.UTC))
                .isInstanceOf(ApiException.class).hasMessageContaining("to");
        assertThatThrownBy(() -> TimeBounds.from("yesterday", ZoneOffset.UTC))
                .isInstanceOf(ApiException.class).hasMessageContaining("from");
    }
}
