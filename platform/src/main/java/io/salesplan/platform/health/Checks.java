package io.salesplan.platform.health;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** Builds check responses the same way for every check of the platform. */
final class Checks {

    private Checks() {
    }

    /**
     * A response that is DOWN when {@code up} is false and the check {@code decides} readiness; a
     * check that only informs ({@code salesplan.health.kafka=false}) says what it saw and stays UP.
     */
    static HealthCheckResponse response(String name, boolean up, boolean decides, Map<String, ?> data) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(name).status(up || !decides);
        new TreeMap<>(data).forEach((key, value) -> {
            if (value instanceof Long number) {
                builder.withData(key, number);
            } else if (value instanceof Boolean flag) {
                builder.withData(key, flag);
            } else {
                builder.withData(key, String.valueOf(value));
            }
        });
        if (!up && !decides) {
            builder.withData("ignored", "readiness does not depend on it (salesplan.health.kafka=false)");
        }
        return builder.build();
    }
}
