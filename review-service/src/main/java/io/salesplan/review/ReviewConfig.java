package io.salesplan.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** review-service's own settings. */
@ConfigMapping(prefix = "salesplan.review")
public interface ReviewConfig {

    /** An open deal with no activity for this many days counts as stale. */
    @WithDefault("14")
    int staleDays();

    /** The trailing window of history that feasibility compares a goal with. */
    @WithDefault("180")
    int feasibilityWindowDays();
}
