package io.salesplan.platform.inbox;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Notices a consumer group about to skip events it never applied: a group with no committed offset on
 * a partition whose log no longer starts at offset 0, or one whose committed offset lies before the
 * log's start (it stopped for longer than the retention). Every service keeps its copy of other
 * services' data (and review-service its whole read model) by applying their events from the first
 * one; Kafka would silently move such a consumer to the first event left and the copy would answer
 * wrong without knowing it. Such
 * partitions are paused and recorded in the {@link ConsumerStatus} (readiness turns DOWN and names
 * them), and logged once, unless the operator accepted the gap
 * ({@code salesplan.inbox.accept-incomplete-history}).
 */
public final class HistoryGaps implements ConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(HistoryGaps.class);

    private final Consumer<?, ?> consumer;
    private final boolean accept;
    private final ConsumerStatus status;

    public HistoryGaps(Consumer<?, ?> consumer, boolean accept, ConsumerStatus status) {
        this.consumer = consumer;
        this.accept = accept;
        this.status = status;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
        Map<TopicPartition, Long> truncated = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        consumer.beginningOffsets(partitions).forEach((partition, start) -> {
            OffsetAndMetadata next = committed.get(partition);
            long firstNeeded = next == null ? 0 : next.offset();
            if (start != null && start > firstNeeded) {
                truncated.put(partition, start);
            }
        });
        if (truncated.isEmpty()) {
            return;
        }
        Map<String, Long> named = truncated.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        if (accept) {
            LOG.warnf("Reading partitions whose next events are gone from their first event left, as accepted by "
                    + "configuration (partition=first offset left): %s", named);
            return;
        }
        LOG.errorf("On these partitions the events this consumer group would read next are gone (partition=first offset left): "
                + "%s. Applying them from there would build this service's copy from the middle, so they are paused and "
                + "readiness is DOWN. Restore the events, or set SALESPLAN_INBOX_ACCEPT_INCOMPLETE_HISTORY=true to go on "
                + "knowingly (docs/operations.md)", named);
        status.historyGapsFound(named);
        consumer.pause(truncated.keySet());
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        status.partitionsLeft(partitions.stream().map(TopicPartition::toString).toList());
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        onPartitionsRevoked(partitions);
    }
}
