package io.salesplan.review.scope;

import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.web.Params;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Turns instants into business dates in {@code salesplan.time-zone} and resolves {@code asOf}. */
@ApplicationScoped
public class BusinessCalendar {

    private final ZoneId zone;
    private final Clock clock;

    public BusinessCalendar(PlatformConfig config) {
        this.zone = config.timeZone();
        this.clock = Clock.system(zone);
    }

    public LocalDate dateOf(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(zone).toLocalDate();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The {@code asOf} query parameter: a date, default today in the business time zone. */
    public LocalDate asOf(String raw) {
        LocalDate asOf = Params.date("asOf", raw);
        return asOf == null ? today() : asOf;
    }

    public ZoneId zone() {
        return zone;
    }
}
