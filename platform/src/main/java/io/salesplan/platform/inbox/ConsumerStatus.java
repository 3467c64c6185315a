package io.salesplan.platform.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What the inbox consumer is doing, for the health checks: written by the consumer's thread, read
 * by anyone without a network call or a lock that the consumer could hold for long.
 */
public final class ConsumerStatus {

    /** The consumer's state as health reports it. */
    public enum Phase {
        /** No consumer runs here: the service has no event handlers, or the inbox is disabled. */
        NOT_RUNNING("not running"),
        /** Created and subscribed; Kafka has not answered it yet. */
        JOINING("joining"),
        /** Polling, and Kafka answered it within the contact interval. */
        SUBSCRIBED("subscribed"),
        /** Polling, but Kafka did not answer its last contact check; the client keeps reconnecting. */
        UNREACHABLE("unreachable"),
        /** It failed and was closed; a new one is created after a back-off and joins the group. */
        REJOINING("rejoining"),
        STOPPED("stopped");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One consistent reading of the status. */
    public record Snapshot(Phase phase, Instant startedAt, Instant lastPoll, String lastFailure, Instant lastFailureAt,
            long failures) {

        /** Since when the consumer has been waiting for a poll in contact with Kafka. */
        public Instant waitingSince() {
            return lastPoll != null ? lastPoll : startedAt;
        }

        /**
         * Whether the consumer is running but has not completed a poll in contact with Kafka for
         * longer than {@code stalledAfter}: it keeps trying and cannot get through.
         */
        public boolean stalled(Instant now, Duration stalledAfter) {
            boolean running = phase != Phase.NOT_RUNNING && phase != Phase.STOPPED;
            return running && waitingSince() != null && Duration.between(waitingSince(), now).compareTo(stalledAfter) > 0;
        }

        /** Whether it can consume now: subscribed, and heard from Kafka recently. */
        public boolean polling() {
            return phase == Phase.SUBSCRIBED;
        }
    }

    private final Clock clock;
    private volatile Snapshot current = new Snapshot(Phase.NOT_RUNNING, null, null, null, null, 0);
    private final Map<String, Long> historyGaps = new ConcurrentSkipListMap<>();

    public ConsumerStatus(Clock clock) {
        this.clock = clock;
    }

    public Snapshot snapshot() {
        return current;
    }

    public Instant now() {
        return clock.instant();
    }

    synchronized void started() {
        current = new Snapshot(Phase.JOINING, now(), null, null, null, 0);
    }

    /** A poll (or commit, or contact check) completed with Kafka answering. */
    synchronized void polled() {
        Snapshot s = current;
        current = new Snapshot(Phase.SUBSCRIBED, s.startedAt(), now(), s.lastFailure(), s.lastFailureAt(), s.failures());
    }

    /** The consumer failed and was closed. */
    synchronized void failed(Throwable failure) {
        failure(Phase.REJOINING, failure);
    }

    /** Kafka did not answer a contact check; the consumer goes on polling. */
    synchronized void unreachable(Throwable failure) {
        failure(Phase.UNREACHABLE, failure);
    }

    private void failure(Phase phase, Throwable failure) {
        Snapshot s = current;
        current = new Snapshot(phase, s.startedAt(), s.lastPoll(), failure.getClass().getName(), now(), s.failures() + 1);
    }

    synchronized void stopped() {
        Snapshot s = current;
        current = new Snapshot(Phase.STOPPED, s.startedAt(), s.lastPoll(), s.lastFailure(), s.lastFailureAt(),
                s.failures());
    }

    /**
     * The partitions ({@code topic-partition}) this consumer holds paused because their first events
     * are gone and it never read them, each with the offset its log starts at; empty when complete.
     */
    public Map<String, Long> historyGaps() {
        return Map.copyOf(historyGaps);
    }

    void historyGapsFound(Map<String, Long> gaps) {
        historyGaps.putAll(gaps);
    }

    void partitionsLeft(Iterable<String> partitions) {
        partitions.forEach(historyGaps::remove);
    }

    /** Whether a poll in contact with Kafka completed after {@code instant}. */
    boolean polledSince(Instant instant) {
        Instant last = current.lastPoll();
        return last != null && last.isAfter(instant);
    }
}
