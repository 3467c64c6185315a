package io.salesplan.review.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WholeMonthsTest {

    private static WholeMonths within(String from, String to) {
        return WholeMonths.within(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aYearIsTwelveWholeMonths() {
        assertThat(within("2026-01-01", "2026-12-31"))
                .isEqualTo(new WholeMonths(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")));
    }

    @Test
    void aYearToDateStopsBeforeTheCurrentMonth() {
        assertThat(within("2026-01-01", "2026-11-29"))
                .isEqualTo(new WholeMonths(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-10-31")));
    }

    @Test
    void partialMonthsAtBothEndsAreLeftToTheDays() {
        assertThat(within("2026-01-02", "2026-04-30"))
                .isEqualTo(new WholeMonths(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-04-30")));
        assertThat(within("2025-12-31", "2026-03-01"))
                .isEqualTo(new WholeMonths(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-28")));
    }

    @Test
    void aLeapFebruaryEndsOnThe29th() {
        assertThat(within("2028-02-01", "2028-02-29"))
                .isEqualTo(new WholeMonths(LocalDate.parse("2028-02-01"), LocalDate.parse("2028-02-29")));
        assertThat(within("2028-02-01", "2028-02-28").to()).isBefore(within("2028-02-01", "2028-02-28").from());
    }

    @Test
    void noWholeMonthGivesAnEmptyRangeJustAfterTheEnd() {
        WholeMonths none = within("2026-01-15", "2026-02-14");
        assertThat(none.from()).isEqualTo(LocalDate.parse("2026-02-15"));
        assertThat(none.to()).isEqualTo(LocalDate.parse("2026-02-14"));
        assertThat(within("2026-03-05", "2026-03-05").to()).isBefore(within("2026-03-05", "2026-03-05").from());
    }
}
