package io.salesplan.pipeline.pipeline;

import io.quarkus.runtime.StartupEvent;
import io.salesplan.platform.config.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Makes sure the default pipeline exists from the first start (after Flyway has migrated). */
@ApplicationScoped
public class DefaultPipeline {

    void onStart(@Observes StartupEvent event, PipelineService pipelines, PlatformConfig config) {
        if (config.startupWork()) {
            pipelines.ensureDefaultPipeline();
        }
    }
}
