package io.salesplan.platform.web;

import io.salesplan.platform.period.Years;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Parses query and path parameters given as text, so that a bad value is a 400 naming the
 * parameter (JAX-RS would answer 404 for a query parameter it cannot convert). An operation with
 * several parameters reads them through {@link #all()}, so that one 400 names every bad or missing one.
 */
public final class Params {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private Params() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "must be a UUID");
        }
    }

    public static UUID requiredUuid(String name, String value) {
        UUID id = uuid(name, value);
        if (id == null) {
            throw ApiException.invalid(name, "is required");
        }
        return id;
    }

    /** A path id; a malformed one cannot name an existing resource, so it is a 404. */
    public static UUID pathId(String resource, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.notFound(resource, value);
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.invalid(name, "unknown value '" + value + "'; allowed values: " + allowed);
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be a date (YYYY-MM-DD)");
        }
        if (!Years.contains(date)) {
            throw ApiException.invalid(name, "must be a date " + Years.HINT);
        }
        return date;
    }

    public static OffsetDateTime instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an ISO-8601 instant with offset, e.g. 2026-03-01T09:00:00Z");
        }
        if (!Years.contains(instant.getYear())) {
            throw ApiException.invalid(name, "must be an instant " + Years.HINT);
        }
        return instant;
    }

    public static BigDecimal decimal(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "must be a number");
        }
    }

    public static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalid(name, "must be true or false");
        };
    }

    /** The page size: default 50, between 1 and 500. */
    public static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** A date range where {@code from} must not be after {@code to}. */
    public static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from", "must not be after to");
        }
    }

    /** Collects the errors of several parameters: read each with {@link All#read}, then {@link All#check}. */
    public static All all() {
        return new All();
    }

    /** Several parameters read together: one 400 lists every one that is missing or malformed. */
    public static final class All {

        private final List<Problem.FieldError> errors = new ArrayList<>();

        private All() {
        }

        /** The parsed value, or null when it is bad (the error is kept for {@link #check}). */
        public <T> T read(Supplier<T> parse) {
            try {
                return parse.get();
            } catch (ApiException e) {
                if (e.status() != 400 || e.errors().isEmpty()) {
                    throw e;
                }
                errors.addAll(e.errors());
                return null;
            }
        }

        /** A value the operation cannot do without. */
        public String required(String name, String value) {
            if (value == null || value.isBlank()) {
                errors.add(new Problem.FieldError(name, "is required"));
                return null;
            }
            return value;
        }

        /** Throws one 400 naming every parameter read so far that was missing or malformed. */
        public void check() {
            if (!errors.isEmpty()) {
                throw ApiException.invalid(List.copyOf(errors));
            }
        }
    }
}
