package io.salesplan.platform.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A planning period written as {@code 2026}, {@code 2026-Q1}, {@code 2026-03} or {@code 2026-W10}
 * (ISO week), with its first and last day.
 */
public record SalesPeriod(String key, Granularity granularity, LocalDate start, LocalDate end) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public static final String FORMAT_HINT = "a period such as 2026, 2026-Q1, 2026-03 or 2026-W10 (" + Years.HINT + ")";

    /** Parses a period key; empty when the text is not a valid period. */
    public static Optional<SalesPeriod> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m;
        if (text.length() < 4 || !text.substring(0, 4).chars().allMatch(Character::isDigit)
                || !Years.contains(Integer.parseInt(text.substring(0, 4)))) {
            return Optional.empty();
        }
        if ((m = YEAR.matcher(text)).matches()) {
            return Optional.of(year(Integer.parseInt(m.group(1))));
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if ((m = MONTH.matcher(text)).matches()) {
            return Optional.of(month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
        }
        if ((m = WEEK.matcher(text)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int week = Integer.parseInt(m.group(2));
            if (week >= 1 && week <= weeksIn(year)) {
                return Optional.of(week(year, week));
            }
        }
        return Optional.empty();
    }

    /** Parses a period key, or throws {@link IllegalArgumentException} naming the accepted forms. */
    public static SalesPeriod parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not " + FORMAT_HINT));
    }

    public static SalesPeriod year(int year) {
        return new SalesPeriod(String.format("%04d", year), Granularity.YEAR, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    public static SalesPeriod quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new SalesPeriod(String.format("%04d-Q%d", year, quarter), Granularity.QUARTER, start,
                start.plusMonths(3).minusDays(1));
    }

    public static SalesPeriod month(YearMonth month) {
        return new SalesPeriod(month.toString(), Granularity.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static SalesPeriod week(int weekYear, int week) {
        LocalDate start = LocalDate.of(weekYear, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new SalesPeriod(String.format("%04d-W%02d", weekYear, week), Granularity.WEEK, start, start.plusDays(6));
    }

    /** The period of the given granularity that contains a date (for weeks, the ISO week). */
    public static SalesPeriod containing(LocalDate date, Granularity granularity) {
        return switch (granularity) {
            case YEAR -> year(date.getYear());
            case QUARTER -> quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case MONTH -> month(YearMonth.from(date));
            case WEEK -> week(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    /** ISO weeks in a week-based year: 52 or 53. */
    public static int weeksIn(int weekYear) {
        return (int) LocalDate.of(weekYear, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /**
     * The periods of a finer granularity that make up this one. Quarters and months tile years
     * and quarters exactly; a week belongs to the period that holds its Thursday (the ISO rule),
     * so the weeks of a year are exactly its ISO weeks and every week belongs to one month.
     */
    public List<SalesPeriod> split(Granularity into) {
        if (into.ordinal() <= granularity.ordinal()) {
            throw new IllegalArgumentException("a " + granularity.name().toLowerCase() + " cannot be split into "
                    + into.name().toLowerCase() + "s");
        }
        List<SalesPeriod> parts = new ArrayList<>();
        if (into == Granularity.WEEK) {
            LocalDate thursday = firstThursday();
            for (; !thursday.isAfter(end); thursday = thursday.plusWeeks(1)) {
                parts.add(containing(thursday, Granularity.WEEK));
            }
            return parts;
        }
        for (LocalDate day = start; !day.isAfter(end); ) {
            SalesPeriod part = containing(day, into);
            parts.add(part);
            day = part.end().plusDays(1);
        }
        return parts;
    }

    /**
     * Whether this period lies within another: its days are all in the other's, or, for a week in a
     * longer period, its Thursday is (the same rule as {@link #split}).
     */
    public boolean isWithin(SalesPeriod outer) {
        if (granularity == Granularity.WEEK && outer.granularity != Granularity.WEEK) {
            return outer.contains(firstThursday());
        }
        return !start.isBefore(outer.start) && !end.isAfter(outer.end);
    }

    private LocalDate firstThursday() {
        return start.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Monday-to-Friday days in the period. */
    public int workingDays() {
        return WorkingDays.between(start, end);
    }

    @Override
    public String toString() {
        return key;
    }
}
