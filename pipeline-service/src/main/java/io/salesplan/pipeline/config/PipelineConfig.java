package io.salesplan.pipeline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** pipeline-service's own settings. */
@ConfigMapping(prefix = "salesplan.pipeline")
public interface PipelineConfig {

    /** Base URL of goals-service, asked about owners that no event has announced yet. */
    @WithDefault("http://127.0.0.1:8081")
    String goalsUrl();

    /** How a deal entering an open stage is categorised for the forecast, from the stage's probability. */
    Forecast forecast();

    interface Forecast {

        /** From this probability on, a deal entering an open stage is BEST_CASE (below it PIPELINE). */
        @WithDefault("0.50")
        @DecimalMin("0") @DecimalMax("1")
        BigDecimal bestCaseFrom();

        /** From this probability on, a deal entering an open stage is COMMIT. */
        @WithDefault("0.75")
        @DecimalMin("0") @DecimalMax("1")
        BigDecimal commitFrom();
    }
}
