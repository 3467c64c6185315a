package io.salesplan.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** review-service's own settings; a value out of range stops the service at start-up. */
@ConfigMapping(prefix = "salesplan.review")
public interface ReviewConfig {

    /** An open deal with no activity for this many days counts as stale. */
    @WithDefault("14")
    @Min(1)
    int staleDays();

    /** The trailing window of history that feasibility compares a goal with. */
    @WithDefault("180")
    @Min(1)
    int feasibilityWindowDays();
}
