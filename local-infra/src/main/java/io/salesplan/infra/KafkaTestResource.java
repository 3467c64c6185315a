package io.salesplan.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Kafka broker inside the test JVM (Kafka's own {@link KafkaClusterTestKit}, KRaft, one
 * combined node), started once and shared by every test of the module, with the suite's topics.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    public static final int PARTITIONS = 3;

    private static KafkaClusterTestKit cluster;

    @Override
    public synchronized Map<String, String> start() {
        if (cluster == null) {
            keepKafkaFromEndingTheJvm();
            cluster = startCluster();
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaTestResource::closeQuietly, "kafka-test-stop"));
        }
        return Map.of("kafka.bootstrap.servers", cluster.bootstrapServers());
    }

    /**
     * The broker shares the test JVM, and Kafka halts its process on a fault it deems fatal (a log
     * directory failing, a request handler's fatal error), even while shutting down: the build would
     * then fail with every test passed and nothing said. Here the attempt is printed and refused.
     */
    private static void keepKafkaFromEndingTheJvm() {
        Exit.Procedure refuse = (status, message) -> {
            String text = "The in-JVM Kafka broker asked to end the JVM with status " + status + ": " + message;
            System.err.println(text);
            throw new IllegalStateException(text);
        };
        Exit.setExitProcedure(refuse);
        Exit.setHaltProcedure(refuse);
    }

    private static KafkaClusterTestKit startCluster() {
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                    .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "false")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            createTopics(kit.bootstrapServers());
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("in-JVM Kafka broker did not start", e);
        }
    }

    private static void createTopics(String bootstrapServers) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(Topics.all().stream()
                    .map(t -> Topics.topic(t, PARTITIONS))
                    .collect(Collectors.toList())).all().get();
        }
    }

    public static String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Stops the broker (the controller keeps running), for tests of behaviour during a Kafka outage. */
    public static synchronized void stopBroker() {
        cluster.brokers().values().forEach(broker -> broker.shutdown());
    }

    /** Starts the broker stopped by {@link #stopBroker()} again, on the same port and with its data. */
    public static synchronized void startBroker() {
        cluster.brokers().values().forEach(broker -> broker.startup());
    }

    private static void closeQuietly() {
        try {
            cluster.close();
        } catch (Exception e) {
            // the JVM is exiting
        }
    }

    @Override
    public void stop() {
        // Shared by every test of the JVM; closed by the shutdown hook.
    }
}
