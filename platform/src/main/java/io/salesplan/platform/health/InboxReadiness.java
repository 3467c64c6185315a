package io.salesplan.platform.health;

import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.inbox.ConsumerStatus;
import io.salesplan.platform.inbox.InboxConsumer;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the event consumer, read from its status without a network call: UP while it is
 * subscribed and Kafka answers it, DOWN while it is joining or rejoining after a failure, with its
 * state, the time since its last poll in contact with Kafka and its last failure; DOWN too while it
 * holds partitions paused whose first events are gone ({@code incompleteHistory}, see
 * {@link io.salesplan.platform.inbox.HistoryGaps}). A service without
 * event handlers has no consumer, and the check says so and stays UP.
 */
@Readiness
@ApplicationScoped
public class InboxReadiness implements AsyncHealthCheck {

    public static final String NAME = "Inbox consumer";

    private final InboxConsumer consumer;
    private final boolean decides;

    public InboxReadiness(InboxConsumer consumer, PlatformConfig config) {
        this.consumer = consumer;
        this.decides = config.health().kafka();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().item(this::check);
    }

    private HealthCheckResponse check() {
        if (consumer.topics().isEmpty()) {
            return Checks.response(NAME, true, decides, InboxLiveness.describe(consumer, null));
        }
        ConsumerStatus.Snapshot status = consumer.status().snapshot();
        Map<String, Long> gaps = consumer.status().historyGaps();
        Map<String, Object> data = InboxLiveness.describe(consumer, status);
        if (!gaps.isEmpty()) {
            data.put("incompleteHistory", gaps.toString());
        }
        return Checks.response(NAME, status.polling() && gaps.isEmpty(), decides, data);
    }
}
