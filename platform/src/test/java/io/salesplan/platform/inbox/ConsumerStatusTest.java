package io.salesplan.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.junit.jupiter.api.Test;

class ConsumerStatusTest {

    private static final Duration STALLED_AFTER = Duration.ofMinutes(5);

    private final MovableClock clock = new MovableClock();
    private final ConsumerStatus status = new ConsumerStatus(clock);

    @Test
    void noConsumerIsNeverStalled() {
        clock.advance(Duration.ofHours(1));
        assertThat(status.snapshot().stalled(clock.instant(), STALLED_AFTER)).isFalse();
        assertThat(status.snapshot().phase()).isEqualTo(ConsumerStatus.Phase.NOT_RUNNING);
    }

    @Test
    void aConsumerThatNeverReachedKafkaIsStalledOnceTheTimeSinceItsStartPassed() {
        status.started();
        clock.advance(STALLED_AFTER);
        assertThat(status.snapshot().stalled(clock.instant(), STALLED_AFTER)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(status.snapshot().stalled(clock.instant(), STALLED_AFTER)).isTrue();
        assertThat(status.snapshot().polling()).isFalse();
    }

    @Test
    void failuresKeepItAliveWhileItPollsBetweenThem() {
        status.started();
        status.polled();
        clock.advance(Duration.ofMinutes(4));
        status.failed(new CommitFailedException());
        ConsumerStatus.Snapshot failed = status.snapshot();
        assertThat(failed.phase()).isEqualTo(ConsumerStatus.Phase.REJOINING);
        assertThat(failed.lastFailure()).isEqualTo(CommitFailedException.class.getName());
        assertThat(failed.failures()).isEqualTo(1);
        assertThat(failed.polling()).isFalse();

        clock.advance(Duration.ofMinutes(1));
        status.polled();
        assertThat(status.snapshot().polling()).isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(status.snapshot().stalled(clock.instant(), STALLED_AFTER)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(status.snapshot().stalled(clock.instant(), STALLED_AFTER)).as("no poll for over 5 minutes").isTrue();
    }

    @Test
    void aConsumerKafkaDoesNotAnswerIsNotPollingAndStallsOnceItsLastContactIsOld() {
        status.started();
        status.polled();
        clock.advance(Duration.ofSeconds(20));
        status.unreachable(new org.apache.kafka.common.errors.TimeoutException("no answer"));
        assertThat(status.snapshot().phase()).isEqualTo(ConsumerStatus.Phase.UNREACHABLE);
        assertThat(status.snapshot().polling()).isFalse();
        clock.advance(STALLED_AFTER);
        assertThat(status.snapshot().stalled(clock.instant(), STALLED_AFTER)).isTrue();
        status.polled();
        assertThat(status.snapshot().stalled(clock.instant(), STALLED_AFTER)).isFalse();
        assertThat(status.snapshot().failures()).isEqualTo(1);
    }

    @Test
    void aStoppedConsumerIsNotStalled() {
        status.started();
        status.stopped();
        clock.advance(Duration.ofHours(1));
        assertThat(status.snapshot().stalled(clock.instant(), STALLED_AFTER)).isFalse();
    }

    @Test
    void itKnowsWhetherItPolledSinceAnInstant() {
        status.started();
        Instant began = clock.instant();
        assertThat(status.polledSince(began)).isFalse();
        clock.advance(Duration.ofMillis(1));
        status.polled();
        assertThat(status.polledSince(began)).isTrue();
    }

    @Test
    void partitionsWithMissingHistoryAreReportedUntilTheConsumerLeavesThem() {
        status.historyGapsFound(Map.of("salesplan.goals-0", 120L, "salesplan.goals-1", 80L));
        assertThat(status.historyGaps()).containsOnlyKeys("salesplan.goals-0", "salesplan.goals-1");

        status.partitionsLeft(List.of("salesplan.goals-1"));
        assertThat(status.historyGaps()).containsExactly(Map.entry("salesplan.goals-0", 120L));
    }

    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
