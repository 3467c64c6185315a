package io.salesplan.review.conversion;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

/**
 * The key of a conversion aggregate row: owner, pipeline, the day of the change (null for the rows as of
 * now), creation day and open-stage position (-1: the deals, won and lost).
 */
public record ConversionRow(UUID owner, UUID pipeline, LocalDate changedOn, LocalDate createdDay, int position)
        implements Comparable<ConversionRow> {

    /** The values of a row, in the order of the tables' columns. */
    public static final int DEALS = 0;
    public static final int WON = 1;
    public static final int LOST = 2;
    public static final int REACHED = 3;
    public static final int STAYS = 4;
    public static final int STAY_SECONDS = 5;
    public static final int VALUES = 6;

    private static final Comparator<ConversionRow> ORDER = Comparator.comparing(ConversionRow::owner)
            .thenComparing(ConversionRow::pipeline)
            .thenComparing(ConversionRow::changedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ConversionRow::createdDay)
            .thenComparingInt(ConversionRow::position);

    public ConversionRow withOwner(UUID other) {
        return new ConversionRow(other, pipeline, changedOn, createdDay, position);
    }

    /** The order rows are written in, so that two transactions never lock the same rows in opposite orders. */
    @Override
    public int compareTo(ConversionRow other) {
        return ORDER.compare(this, other);
    }
}
