package io.salesplan.review.lostreason;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LostReasonCalculatorTest {

    private static LossTally loss(String code, String stage, long count, String amount) {
        return new LossTally(code, stage, count, new BigDecimal(amount));
    }

    @Test
    void eachCodeGetsItsCountAmountShareOfAllLostAndItsStages() {
        List<LostReasonRow> rows = LostReasonCalculator.rows(List.of(
                loss("PRICE", "PROPOSAL", 2, "150000"),
                loss("PRICE", "NEGOTIATION", 1, "80000.50"),
                loss("COMPETITOR", "PROPOSAL", 2, "90000"),
                loss("TIMING", "UNKNOWN", 1, "10000"),
                loss("NO_BUDGET", "INITIAL_CONTACT", 1, "10000")));
        assertThat(rows).extracting(LostReasonRow::code)
                .as("by count, then amount, then code").containsExactly("PRICE", "COMPETITOR", "NO_BUDGET", "TIMING");
        LostReasonRow price = rows.get(0);
        assertThat(price.count()).isEqualTo(3);
        assertThat(price.amount()).isEqualByComparingTo("230000.50").hasScaleOf(2);
        assertThat(price.share()).isEqualByComparingTo("0.4286").hasScaleOf(4);
        assertThat(price.byStage()).containsExactly(Map.entry("PROPOSAL", 2L), Map.entry("NEGOTIATION", 1L));
        assertThat(rows.get(1).share()).isEqualByComparingTo("0.2857");
        assertThat(rows.get(3).byStage()).containsEntry("UNKNOWN", 1L);
        assertThat(rows.get(2).share()).as("1 of 7").isEqualByComparingTo("0.1429");
    }

    @Test
    void nothingLostGivesNoRows() {
        assertThat(LostReasonCalculator.rows(List.of())).isEmpty();
    }
}
