package io.salesplan.infra;

import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Creates the suite's topics that do not exist yet. Usage: {@code CreateTopics <bootstrap> <partitions>}.
 */
public final class CreateTopics {

    private CreateTopics() {
    }

    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        int partitions = Integer.parseInt(args[1]);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            var missing = Topics.all().stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> Topics.topic(t, partitions))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
            System.out.println("Kafka topics ready: " + Topics.all());
        }
    }
}
