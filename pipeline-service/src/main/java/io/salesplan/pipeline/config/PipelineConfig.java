package io.salesplan.pipeline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** pipeline-service's own settings. */
@ConfigMapping(prefix = "salesplan.pipeline")
public interface PipelineConfig {

    /** Base URL of goals-service, asked about owners that no event has announced yet. */
    @WithDefault("http://127.0.0.1:8081")
    String goalsUrl();
}
