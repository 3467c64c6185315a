package io.salesplan.pipeline.pipeline;

import io.salesplan.platform.config.StartupWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Makes sure the default pipeline exists from the first start (after Flyway has migrated). */
@ApplicationScoped
public class DefaultPipeline {

    void onStart(@Observes StartupWork event, PipelineService pipelines) {
        pipelines.ensureDefaultPipeline();
    }
}
