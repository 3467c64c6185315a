package io.salesplan.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

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

    /** Live variance streams ({@code GET /api/v1/reviews/stream}). */
    Stream stream();

    interface Stream {

        /** Streams one instance serves at once; one more is a 503. */
        @WithDefault("200")
        @Min(1)
        int maxStreams();

        /** How often the instance reads the read model's change marker while streams are open. */
        @WithDefault("1S")
        Duration pollInterval();

        /** The least time between two variance events on one stream. */
        @WithDefault("1S")
        Duration minInterval();

        /** A stream with nothing else to send gets a comment line this often, so proxies keep it open. */
        @WithDefault("15S")
        Duration heartbeat();
    }
}
