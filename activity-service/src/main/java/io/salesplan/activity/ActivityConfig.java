package io.salesplan.activity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The activity service's own settings. */
@ConfigMapping(prefix = "salesplan.activity")
public interface ActivityConfig {

    /** Base URL of goals-service, asked about reps this service has not heard of through events yet. */
    @WithDefault("http://127.0.0.1:8081")
    String goalsUrl();

    /** Base URL of pipeline-service, asked about opportunities and accounts not known locally yet. */
    @WithDefault("http://127.0.0.1:8082")
    String pipelineUrl();

    Reminders reminders();

    interface Reminders {
        /** How long before a task is due its due-soon event is published. */
        @WithDefault("PT30M")
        Duration leadTime();

        /** How often the reminder job runs (a Quarkus scheduler interval such as {@code 30s}; {@code off} disables it). */
        @WithDefault("30s")
        String every();

        /** Tasks claimed per transaction. */
        @WithDefault("500")
        int batchSize();
    }
}
