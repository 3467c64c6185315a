package io.salesplan.platform.health;

import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.inbox.ConsumerStatus;
import io.salesplan.platform.inbox.InboxConsumer;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness of the event consumer: DOWN once it has not completed a poll in contact with Kafka for
 * {@code salesplan.inbox.stalled-after} although it keeps trying, so that Kubernetes restarts a
 * replica whose consumer cannot heal itself. A consumer that is healing within that time stays UP.
 */
@Liveness
@ApplicationScoped
public class InboxLiveness implements AsyncHealthCheck {

    private final InboxConsumer consumer;
    private final Duration stalledAfter;

    public InboxLiveness(InboxConsumer consumer, PlatformConfig config) {
        this.consumer = consumer;
        this.stalledAfter = config.inbox().stalledAfter();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().item(this::check);
    }

    private HealthCheckResponse check() {
        if (consumer.topics().isEmpty()) {
            return Checks.response(InboxReadiness.NAME, true, true, describe(consumer, null));
        }
        ConsumerStatus.Snapshot status = consumer.status().snapshot();
        Map<String, Object> data = describe(consumer, status);
        data.put("stalledAfterSeconds", stalledAfter.toSeconds());
        boolean stalled = status.stalled(consumer.status().now(), stalledAfter);
        return Checks.response(InboxReadiness.NAME, !stalled, true, data);
    }

    /** What both checks report about the consumer. */
    static Map<String, Object> describe(InboxConsumer consumer, ConsumerStatus.Snapshot status) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (status == null) {
            data.put("state", ConsumerStatus.Phase.NOT_RUNNING.label());
            return data;
        }
        Instant now = consumer.status().now();
        data.put("state", status.phase().label());
        data.put("group", consumer.groupId());
        data.put("topics", String.join(",", new TreeSet<>(consumer.topics())));
        data.put("lastPoll", status.lastPoll() == null ? "never" : status.lastPoll().toString());
        if (status.waitingSince() != null) {
            data.put("secondsSinceLastPoll", Duration.between(status.waitingSince(), now).toSeconds());
        }
        data.put("failures", status.failures());
        if (status.lastFailure() != null) {
            data.put("lastFailure", status.lastFailure());
            data.put("lastFailureAt", status.lastFailureAt().toString());
        }
        return data;
    }
}
