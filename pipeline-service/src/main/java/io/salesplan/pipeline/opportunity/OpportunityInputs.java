package io.salesplan.pipeline.opportunity;

import io.salesplan.platform.problem.ApiException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

/** How the opportunity services normalise, bound and check the values a request gives. */
final class OpportunityInputs {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private OpportunityInputs() {
    }

    /** Fields a PATCH may change but not set to null (expectedCloseDate and source may be cleared). */
    private static final Set<String> REQUIRED = Set.of("name", "accountId", "ownerId", "amount", "forecastCategory");

    /** When a new opportunity was created: the given business time or now; never in the future or before 1900. */
    static Instant createdAt(OffsetDateTime given, Instant now) {
        Instant createdAt = given == null ? now : instant(given);
        if (createdAt.isAfter(now)) {
            throw ApiException.invalid("createdAt", "must not be in the future");
        }
        if (createdAt.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())) {
            throw ApiException.invalid("createdAt", "must not be before " + EARLIEST);
        }
        return createdAt;
    }

    /** Refuses a PATCH that clears a required field or touches the stage, which only a move changes. */
    static void checkPatchable(UUID id, OpportunityPatchRequest patch, Set<String> cleared) {
        for (String field : cleared) {
            if (REQUIRED.contains(field)) {
                throw ApiException.invalid(field, "cannot be null; leave it out to keep the current value");
            }
        }
        if (patch.stage() != null) {
            throw ApiException.invalid("stage", "cannot be patched; move the opportunity with POST "
                    + "/api/v1/opportunities/" + id + "/stage");
        }
        if (patch.status() != null) {
            throw ApiException.invalid("status", "follows the stage; move the opportunity with POST "
                    + "/api/v1/opportunities/" + id + "/stage");
        }
    }

    /** A business date the database and every report can hold. */
    static LocalDate checkedDate(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw ApiException.invalid(field, "must be between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    static Instant instant(OffsetDateTime time) {
        return time.toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
