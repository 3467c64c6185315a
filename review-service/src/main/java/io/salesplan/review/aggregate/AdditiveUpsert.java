package io.salesplan.review.aggregate;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one statement every aggregate table is written with: the rows of a source are inserted, or added to the
 * row already stored under the same key, so that deltas of any sign and order add up.
 */
public final class AdditiveUpsert {

    private AdditiveUpsert() {
    }

    /**
     * {@code insert into <table> (<key>, <values>) <source> on conflict (<key>) do update set v = <table>.v +
     * excluded.v} for each of the values; {@code source} yields the key's columns, then the values'.
     *
     * @param key the columns of the table's unique key, comma-separated
     * @param values the columns that add up, comma-separated
     */
    public static String sql(String table, String key, String values, String source) {
        return "insert into " + table + " (" + key + ", " + values + ") " + source + " on conflict (" + key
                + ") do update set " + Arrays.stream(values.split(", "))
                        .map(column -> column + " = " + table + "." + column + " + excluded." + column)
                        .collect(Collectors.joining(", "));
    }
}
