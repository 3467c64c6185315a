package io.salesplan.review.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentCalculatorTest {

    private static SegmentTally tally(String segment, long created, long won, long lost, String revenue,
            long cycleDays, long activities) {
        return new SegmentTally(segment, created, won, lost, new BigDecimal(revenue), cycleDays, activities);
    }

    @Test
    void aRowGivesItsRatiosWithTheirDecimals() {
        SegmentRow row = SegmentCalculator.row(tally("Manufacturing", 10, 3, 4, "450000.01", 100, 31));
        assertThat(row.segment()).isEqualTo("Manufacturing");
        assertThat(row.created()).isEqualTo(10);
        assertThat(row.winRate()).isEqualByComparingTo("0.4286").hasScaleOf(4);
        assertThat(row.averageDealSize()).isEqualByComparingTo("150000.00");
        assertThat(row.meanCycleDays()).isEqualByComparingTo("33.33");
        assertThat(row.revenueWon()).isEqualByComparingTo("450000.01").hasScaleOf(2);
        assertThat(row.activitiesPerWonDeal()).isEqualByComparingTo("10.33");
    }

    @Test
    void withoutClosedOrWonDealsTheRatiosAreNull() {
        SegmentRow open = SegmentCalculator.row(tally(null, 4, 0, 0, "0", 0, 0));
        assertThat(open.winRate()).isNull();
        assertThat(open.averageDealSize()).isNull();
        assertThat(open.meanCycleDays()).isNull();
        assertThat(open.activitiesPerWonDeal()).isNull();
        assertThat(open.revenueWon()).isEqualByComparingTo("0.00");
        SegmentRow lostOnly = SegmentCalculator.row(tally("Retail", 2, 0, 2, "0", 0, 0));
        assertThat(lostOnly.winRate()).isEqualByComparingTo("0");
        assertThat(lostOnly.averageDealSize()).isNull();
    }

    @Test
    void rowsAreByNameWithTheSegmentWithoutAValueLast() {
        List<SegmentRow> rows = SegmentCalculator.rows(List.of(tally(null, 1, 0, 0, "0", 0, 0),
                tally("Retail", 1, 0, 0, "0", 0, 0), tally("Finance", 1, 0, 0, "0", 0, 0)));
        assertThat(rows).extracting(SegmentRow::segment).containsExactly("Finance", "Retail", null);
    }

    @Test
    void bestAndWorstAreTheHighestAndLowestWinRateAmongSegmentsWithEnoughClosedDeals() {
        List<SegmentTally> tallies = List.of(
                tally("Manufacturing", 20, 5, 7, "0", 0, 0),   // 0.4167 on 12 closed
                tally("Retail", 20, 1, 9, "0", 0, 0),          // 0.1 on 10
                tally("Finance", 20, 4, 1, "0", 0, 0),         // 0.8 on 5
                tally("Mining", 20, 3, 0, "0", 0, 0),          // 1.0 but only 3 closed
                tally(null, 20, 9, 0, "0", 0, 0));             // no value: never best or worst
        SegmentCalculator.Extremes extremes = SegmentCalculator.extremes(tallies, 5);
        assertThat(extremes.best().segment()).isEqualTo("Finance");
        assertThat(extremes.worst().segment()).isEqualTo("Retail");
        assertThat(SegmentCalculator.extremes(tallies, 3).best().segment()).isEqualTo("Mining");
        assertThat(SegmentCalculator.extremes(tallies, 11).best()).as("only Manufacturing has 11").isNull();
    }

    @Test
    void tiesGoToMoreClosedDealsThenToTheName() {
        List<SegmentTally> tallies = List.of(tally("B", 10, 2, 2, "0", 0, 0), tally("A", 10, 2, 2, "0", 0, 0),
                tally("C", 10, 4, 4, "0", 0, 0), tally("D", 10, 1, 9, "0", 0, 0), tally("E", 10, 2, 18, "0", 0, 0));
        SegmentCalculator.Extremes extremes = SegmentCalculator.extremes(tallies, 1);
        assertThat(extremes.best().segment()).as("0.5 on 8 closed beats 0.5 on 4").isEqualTo("C");
        assertThat(extremes.worst().segment()).as("0.1 on 20 closed beats 0.1 on 10").isEqualTo("E");
        SegmentCalculator.Extremes names = SegmentCalculator.extremes(List.of(tallies.get(0), tallies.get(1),
                tally("Z", 10, 0, 4, "0", 0, 0)), 1);
        assertThat(names.best().segment()).as("same rate and size: first by name").isEqualTo("A");
    }

    @Test
    void segmentsThatAllConvertAlikeHaveNoBestOrWorst() {
        SegmentCalculator.Extremes alike = SegmentCalculator.extremes(List.of(tally("A", 9, 3, 3, "0", 0, 0),
                tally("B", 9, 1, 1, "0", 0, 0)), 1);
        assertThat(alike.best()).isNull();
        assertThat(alike.worst()).isNull();
        assertThat(SegmentCalculator.extremes(List.of(tally("A", 9, 3, 3, "0", 0, 0)), 1).best()).isNull();
        assertThat(SegmentCalculator.extremes(List.of(), 5).worst()).isNull();
    }

    @Test
    void elsewhereIsTheWinRateOfEveryOtherDealOfTheCohortThoseWithoutAValueIncluded() {
        SegmentTally manufacturing = tally("Manufacturing", 20, 5, 7, "0", 0, 0);
        List<SegmentTally> tallies = List.of(manufacturing, tally("Retail", 20, 1, 9, "0", 0, 0),
                tally(null, 20, 2, 0, "0", 0, 0));
        assertThat(SegmentCalculator.winRateElsewhere(tallies, manufacturing)).isEqualByComparingTo("0.25");
        assertThat(SegmentCalculator.winRateElsewhere(List.of(manufacturing), manufacturing)).isNull();
    }

    @Test
    void dimensionsAreNamedInLowerCaseAndAnUnknownOneNamesTheAllowedValues() {
        assertThat(Dimension.parse("dimension", "region")).isEqualTo(Dimension.REGION);
        assertThatThrownBy(() -> Dimension.parse("dimension", "INDUSTRY"))
                .hasMessageContaining("allowed values: industry, region, size");
        assertThatThrownBy(() -> Dimension.parse("dimension", null))
                .hasMessageContaining("is required");
    }
}
