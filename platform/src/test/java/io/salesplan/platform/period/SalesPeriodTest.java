package io.salesplan.platform.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SalesPeriodTest {

    @Test
    void parsesEveryFormWithItsDates() {
        assertThat(SalesPeriod.parse("2026")).isEqualTo(new SalesPeriod("2026", Granularity.YEAR,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(SalesPeriod.parse("2026-Q1")).isEqualTo(new SalesPeriod("2026-Q1", Granularity.QUARTER,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(SalesPeriod.parse("2026-03")).isEqualTo(new SalesPeriod("2026-03", Granularity.MONTH,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertThat(SalesPeriod.parse("2026-W10")).isEqualTo(new SalesPeriod("2026-W10", Granularity.WEEK,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8)));
        assertThat(SalesPeriod.parse("2026-W01").start()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(SalesPeriod.parse("2026-W53").end()).isEqualTo(LocalDate.of(2027, 1, 3));
    }

    @Test
    void aWeekLiesWithinThePeriodThatHoldsItsThursday() {
        SalesPeriod firstWeek = SalesPeriod.parse("2026-W01"); // Monday 2025-12-29, Thursday 2026-01-01
        assertThat(firstWeek.isWithin(SalesPeriod.parse("2026"))).isTrue();
        assertThat(firstWeek.isWithin(SalesPeriod.parse("2026-Q1"))).isTrue();
        assertThat(firstWeek.isWithin(SalesPeriod.parse("2026-01"))).isTrue();
        assertThat(firstWeek.isWithin(SalesPeriod.parse("2025"))).isFalse();
        assertThat(firstWeek.isWithin(SalesPeriod.parse("2025-12"))).isFalse();
        assertThat(firstWeek.isWithin(firstWeek)).isTrue();
        assertThat(firstWeek.isWithin(SalesPeriod.parse("2026-W02"))).isFalse();
        assertThat(SalesPeriod.parse("2026-03").isWithin(SalesPeriod.parse("2026-Q1"))).isTrue();
        assertThat(SalesPeriod.parse("2026-04").isWithin(SalesPeriod.parse("2026-Q1"))).isFalse();
        assertThat(SalesPeriod.parse("2026").isWithin(SalesPeriod.parse("2026-Q1"))).isFalse();
    }

    @Property(tries = 50)
    void everyPartOfASplitLiesWithinTheWhole(@ForAll @IntRange(min = 1950, max = 2100) int year) {
        SalesPeriod whole = SalesPeriod.year(year);
        for (Granularity into : List.of(Granularity.QUARTER, Granularity.MONTH, Granularity.WEEK)) {
            assertThat(whole.split(into)).allMatch(part -> part.isWithin(whole));
        }
        assertThat(SalesPeriod.year(year + 1).split(Granularity.WEEK)).noneMatch(part -> part.isWithin(whole));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q5", "2026-Q0", "2026-13", "2026-00", "2026-W54", "2025-W53", "2026-W00", "26",
            "2026-3", "2026-q1", " 2026", "", "2026-03-01"})
    void rejectsWhatIsNotAPeriod(String text) {
        assertThat(SalesPeriod.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> SalesPeriod.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-Q1");
    }

    @Test
    void countsWorkingDaysOfTheContract() {
        assertThat(SalesPeriod.parse("2026").workingDays()).isEqualTo(261);
        assertThat(SalesPeriod.parse("2026-Q1").workingDays()).isEqualTo(64);
        assertThat(SalesPeriod.parse("2026-03").workingDays()).isEqualTo(22);
        assertThat(SalesPeriod.parse("2026-W10").workingDays()).isEqualTo(5);
    }

    @Test
    void splitsIntoQuartersMonthsAndIsoWeeks() {
        SalesPeriod year = SalesPeriod.parse("2026");
        assertThat(year.split(Granularity.QUARTER)).extracting(SalesPeriod::key)
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(year.split(Granularity.MONTH)).hasSize(12);
        List<SalesPeriod> weeks = year.split(Granularity.WEEK);
        assertThat(weeks).hasSize(53);
        assertThat(weeks.get(0).key()).isEqualTo("2026-W01");
        assertThat(weeks.get(52).key()).isEqualTo("2026-W53");
        assertThat(SalesPeriod.parse("2026-Q2").split(Granularity.MONTH)).extracting(SalesPeriod::key)
                .containsExactly("2026-04", "2026-05", "2026-06");
        assertThatThrownBy(() -> SalesPeriod.parse("2026-03").split(Granularity.QUARTER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void quartersAndMonthsTileTheYearWithoutGapsOrOverlap(@ForAll @IntRange(min = 1990, max = 2100) int year) {
        SalesPeriod whole = SalesPeriod.year(year);
        for (Granularity into : List.of(Granularity.QUARTER, Granularity.MONTH)) {
            List<SalesPeriod> parts = whole.split(into);
            assertThat(parts.get(0).start()).isEqualTo(whole.start());
            assertThat(parts.get(parts.size() - 1).end()).isEqualTo(whole.end());
            IntStream.range(1, parts.size()).forEach(i ->
                    assertThat(parts.get(i).start()).isEqualTo(parts.get(i - 1).end().plusDays(1)));
            assertThat(parts.stream().mapToInt(SalesPeriod::workingDays).sum()).isEqualTo(whole.workingDays());
        }
    }

    @Property
    void everyWeekOfAYearBelongsToExactlyOneOfItsMonths(@ForAll @IntRange(min = 1990, max = 2100) int year) {
        SalesPeriod whole = SalesPeriod.year(year);
        long weeksInMonths = whole.split(Granularity.MONTH).stream().mapToLong(m -> m.split(Granularity.WEEK).size())
                .sum();
        assertThat(weeksInMonths).isEqualTo(SalesPeriod.weeksIn(year)).isEqualTo(whole.split(Granularity.WEEK).size());
    }

    @Property
    void keysRoundTrip(@ForAll @IntRange(min = 1990, max = 2100) int year, @ForAll @IntRange(min = 0, max = 365) int day) {
        LocalDate date = LocalDate.of(year, 1, 1).plusDays(day);
        for (Granularity g : Granularity.values()) {
            SalesPeriod period = SalesPeriod.containing(date, g);
            assertThat(period.contains(date)).isTrue();
            assertThat(SalesPeriod.parse(period.key())).isEqualTo(period);
        }
    }

    @Property
    void workingDaysMatchADayByDayCount(@ForAll @IntRange(min = 0, max = 20000) int offset,
            @ForAll @IntRange(min = -3, max = 800) int length) {
        LocalDate first = LocalDate.of(1990, 1, 1).plusDays(offset);
        LocalDate last = first.plusDays(length);
        long expected = length < 0 ? 0 : first.datesUntil(last.plusDays(1)).filter(WorkingDays::isWorkingDay).count();
        assertThat(WorkingDays.between(first, last)).isEqualTo(expected);
        assertThat(ChronoUnit.DAYS.between(first, last)).isEqualTo(length);
    }

    @Test
    void periodsOutsideSaneYearsAreNotPeriods() {
        for (String key : new String[] {"0000-Q1", "0000", "1899-12", "3000-W01", "9999"}) {
            assertThat(SalesPeriod.tryParse(key)).as(key).isEmpty();
        }
        assertThat(SalesPeriod.tryParse("1900-01")).isPresent();
        assertThat(SalesPeriod.tryParse("2999-Q4")).isPresent();
    }
}
