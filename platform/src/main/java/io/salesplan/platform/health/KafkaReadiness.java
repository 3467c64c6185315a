package io.salesplan.platform.health;

import io.salesplan.platform.config.PlatformConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the Kafka brokers, in place of Quarkus' own check (which waited up to a minute per
 * call on a worker thread while Kafka was down): the cluster is described on the probe's own thread,
 * and a call answers DOWN after {@code salesplan.health.timeout}.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements AsyncHealthCheck {

    /** The name Quarkus' check had, which dashboards and tests know. */
    public static final String NAME = "Kafka connection health check";

    private final String bootstrapServers;
    private final Duration timeout;
    private final boolean decides;
    private final BoundedProbe probe;
    private volatile Admin admin;

    public KafkaReadiness(PlatformConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.timeout = config.health().timeout();
        this.decides = config.health().kafka();
        this.probe = new BoundedProbe("kafka", this::describeCluster, timeout, config.health().cacheFor(),
                Clock.systemUTC());
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().completionStage(probe::result)
                .map(result -> Checks.response(NAME, result.up(), decides, result.data()))
                .onFailure().recoverWithItem(e -> Checks.response(NAME, false, decides, Map.of("reason", e.toString())));
    }

    private Map<String, String> describeCluster() throws Exception {
        String nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                .nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).stream()
                .map(node -> node.host() + ":" + node.port())
                .sorted()
                .collect(Collectors.joining(","));
        return Map.of("nodes", nodes);
    }

    /** Created on the probe's thread at the first question, so that start-up never waits for Kafka. */
    private Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, "health-probe");
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    void close() {
        probe.close();
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
