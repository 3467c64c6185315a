package io.salesplan.platform.page;

import io.salesplan.platform.problem.ApiException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset paging, the one way every list pages. A list is ordered by a sort key and then by id (both
 * ascending or both descending), and a page holds the rows after the position of the previous page's
 * last row, so pages neither skip nor repeat rows while others are inserted. The position travels as
 * a {@link CursorCodec} cursor of two values, the sort key's text and the id; the codec signs it and
 * binds it to the query's filters and to the caller.
 *
 * <p>A list's service reads the cursor with {@link #after}, its repository adds
 * {@link Position#condition} and {@link Position#parameters} to the query and fetches
 * {@code limit + 1} rows in list order, and the service cuts them into a page with {@link #page}.
 */
public final class Keyset {

    /** The order of a list: by sort key, then by id, both the same way. */
    public enum Direction {
        ASCENDING, DESCENDING
    }

    private Keyset() {
    }

    /**
     * The position a cursor names, or null for the first page (no cursor, or a blank one).
     *
     * @param query the list's filters as stable text, the same as given to {@link #page}
     * @param sortKey reads the sort key's text back (for example {@code Instant::parse})
     * @throws ApiException 400 naming {@code cursor} when the cursor is tampered with, belongs to another
     *         query or caller, or does not hold a sort key and an id
     */
    public static <K> Position<K> after(CursorCodec cursors, String query, String cursor,
            Function<String, K> sortKey) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        List<String> key = cursors.decode(query, cursor);
        if (key.size() != 2) {
            throw malformed();
        }
        try {
            return new Position<>(sortKey.apply(key.get(0)), UUID.fromString(key.get(1)));
        } catch (RuntimeException e) {
            // whatever the sort key's reader refuses (a bad date, a bad number) is a bad cursor, not a 500
            throw malformed();
        }
    }

    /**
     * Turns up to {@code limit + 1} rows, fetched in list order, into a page: the extra row only shows
     * that there is a next page, whose cursor names the position of the page's last row.
     *
     * @param position the row's sort key (its {@code toString()} is what the cursor carries) and id
     */
    public static <E> Page<E> page(CursorCodec cursors, String query, List<E> rows, int limit,
            Function<E, Position<?>> position) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<E> items = List.copyOf(rows.subList(0, limit));
        Position<?> last = position.apply(items.get(limit - 1));
        return new Page<>(items, cursors.encode(query, List.of(last.key().toString(), last.id().toString())));
    }

    /** A time to sort by: PostgreSQL keeps microseconds, so a cursor made from it names the stored row exactly. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static ApiException malformed() {
        return ApiException.invalid("cursor", "is not a cursor of this query");
    }

    /** Where a row stands in a list's order. */
    public record Position<K>(K key, UUID id) {

        /**
         * The JPQL condition "after this position" in a list ordered by {@code keyExpression}, then
         * {@code idExpression}, in {@code direction}; bind {@link #parameters()} with it.
         */
        public String condition(String keyExpression, String idExpression, Direction direction) {
            String after = direction == Direction.ASCENDING ? " > " : " < ";
            return "(" + keyExpression + after + ":afterKey or (" + keyExpression + " = :afterKey and "
                    + idExpression + after + ":afterId))";
        }

        /** The named parameters of {@link #condition}. */
        public Map<String, Object> parameters() {
            return Map.of("afterKey", key, "afterId", id);
        }
    }
}
