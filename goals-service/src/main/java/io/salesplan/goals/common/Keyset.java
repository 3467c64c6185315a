package io.salesplan.goals.common;

import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.problem.ApiException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset pagination over {@code (createdAt, id)}, the order every list of this service uses:
 * oldest first, stable while rows are inserted.
 */
public final class Keyset {

    /** The JPQL condition that starts a page after the position named by {@code :afterCreated, :afterId}. */
    public static final String AFTER = "(createdAt > :afterCreated or (createdAt = :afterCreated and id > :afterId))";
    public static final String ORDER = " order by createdAt, id";

    private Keyset() {
    }

    /** A creation time PostgreSQL stores without loss, so a cursor built from it matches the row exactly. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The sort key a cursor carries, or null for the first page; a 400 for a foreign or tampered cursor. */
    public static Position after(CursorCodec codec, String query, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        List<String> key = codec.decode(query, cursor.trim());
        try {
            return new Position(Instant.parse(key.get(0)), UUID.fromString(key.get(1)));
        } catch (DateTimeParseException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ApiException.invalid("cursor", "is not a cursor of this query");
        }
    }

    /** Adds the keyset condition to a query's conditions and parameters when a cursor was given. */
    public static void restrict(Position after, List<String> conditions, Map<String, Object> params) {
        if (after != null) {
            conditions.add(AFTER);
            params.put("afterCreated", after.createdAt());
            params.put("afterId", after.id());
        }
    }

    /** Builds {@code where a and b …} from conditions (empty when there are none). */
    public static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
    }

    /**
     * Turns up to {@code limit + 1} rows into a page: the extra row only proves that there is a
     * next page.
     */
    public static <E> Page<E> page(List<E> rows, int limit, Function<E, Position> key, CursorCodec codec,
            String query) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<E> items = rows.subList(0, limit);
        Position last = key.apply(items.get(limit - 1));
        return new Page<>(List.copyOf(items),
                codec.encode(query, List.of(last.createdAt().toString(), last.id().toString())));
    }

    public static Map<String, Object> params() {
        return new HashMap<>();
    }

    /** The position of a row in the list order. */
    public record Position(Instant createdAt, UUID id) {
    }
}
