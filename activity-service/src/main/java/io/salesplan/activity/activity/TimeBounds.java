package io.salesplan.activity.activity;

import io.salesplan.platform.web.Params;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The {@code from}/{@code to} query parameters of time-based lists. Each takes a date
 * ({@code 2026-03-02}, a whole business day in the deployment's zone, both ends inclusive) or an
 * instant ({@code 2026-03-02T09:00:00Z}, inclusive).
 */
public final class TimeBounds {

    private TimeBounds() {
    }

    public static OffsetDateTime from(String raw, ZoneId zone) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return isDate(raw) ? startOf(Params.date("from", raw), zone) : Params.instant("from", raw);
    }

    /** The first instant after the range. */
    public static OffsetDateTime toExclusive(String raw, ZoneId zone) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return isDate(raw) ? startOf(Params.date("to", raw).plusDays(1), zone)
                : Params.instant("to", raw).truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
    }

    /** The first instant of a business day. */
    public static OffsetDateTime startOf(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toOffsetDateTime();
    }

    private static boolean isDate(String raw) {
        return raw.trim().length() == 10;
    }
}
