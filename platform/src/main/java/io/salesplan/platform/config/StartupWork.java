package io.salesplan.platform.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

/**
 * The event a service's start-up work in its database observes instead of {@link StartupEvent}: creating what
 * must exist from the first start, filling rows a migration left to Java, housekeeping. Fired once at start,
 * after Flyway migrated, unless {@code salesplan.startup-work=false} (the AOT training run, which starts the
 * service with no database on purpose).
 */
public record StartupWork() {

    @ApplicationScoped
    static class Trigger {

        void onStart(@Observes StartupEvent event, PlatformConfig config, Event<StartupWork> work) {
            if (config.startupWork()) {
                work.fire(new StartupWork());
            }
        }
    }
}
