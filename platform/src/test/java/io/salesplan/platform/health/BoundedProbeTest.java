package io.salesplan.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedProbeTest {

    private final MovableClock clock = new MovableClock();

    @Test
    void aDependencyThatDoesNotAnswerIsDownOnceTheTimeoutPassed() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (BoundedProbe probe = new BoundedProbe("silent", () -> {
            never.await();
            return Map.of();
        }, Duration.ofMillis(200), Duration.ofSeconds(1), clock)) {
            long start = System.nanoTime();
            BoundedProbe.Result result = probe.result().get(5, TimeUnit.SECONDS);
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(150L, 2_000L);
            assertThat(result.up()).isFalse();
            assertThat(result.data()).containsEntry("reason", "no answer within 200 ms");
        } finally {
            never.countDown();
        }
    }

    @Test
    void concurrentCallersShareOneQuestion() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        CountDownLatch answer = new CountDownLatch(1);
        try (BoundedProbe probe = new BoundedProbe("shared", () -> {
            asked.incrementAndGet();
            answer.await();
            return Map.of("nodes", "one");
        }, Duration.ofSeconds(5), Duration.ofSeconds(1), clock)) {
            List<CompletableFuture<BoundedProbe.Result>> callers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                callers.add(probe.result());
            }
            answer.countDown();
            for (CompletableFuture<BoundedProbe.Result> caller : callers) {
                assertThat(caller.get(5, TimeUnit.SECONDS).up()).isTrue();
            }
            assertThat(asked).hasValue(1);
        }
    }

    @Test
    void anAnswerIsReusedForItsCacheTimeThenAskedAgain() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        try (BoundedProbe probe = new BoundedProbe("cached", () -> Map.of("asked", String.valueOf(asked.incrementAndGet())),
                Duration.ofSeconds(5), Duration.ofSeconds(1), clock)) {
            assertThat(probe.result().get(5, TimeUnit.SECONDS).data()).containsEntry("asked", "1");
            clock.advance(Duration.ofMillis(900));
            assertThat(probe.result().get(5, TimeUnit.SECONDS).data()).containsEntry("asked", "1");
            clock.advance(Duration.ofMillis(200));
            assertThat(probe.result().get(5, TimeUnit.SECONDS).data()).containsEntry("asked", "2");
        }
    }

    @Test
    void aFailedQuestionIsDownWithItsReason() throws Exception {
        try (BoundedProbe probe = new BoundedProbe("failing", () -> {
            throw new IllegalStateException("wrapped", new java.net.ConnectException("Connection refused"));
        }, Duration.ofSeconds(5), Duration.ofSeconds(1), clock)) {
            BoundedProbe.Result result = probe.result().get(5, TimeUnit.SECONDS);
            assertThat(result.up()).isFalse();
            assertThat(result.data()).containsEntry("reason", "ConnectException: Connection refused");
        }
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
