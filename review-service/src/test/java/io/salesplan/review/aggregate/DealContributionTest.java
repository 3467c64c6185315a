package io.salesplan.review.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplan.review.aggregate.DealContribution.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DealContributionTest {

    private static final UUID OWNER = UUID.randomUUID();
    private static final LocalDate CREATED = LocalDate.of(2026, 1, 5);

    @Test
    void anOpenDealContributesItsCreationOnly() {
        DealContribution open = DealContribution.of(OWNER, CREATED, Outcome.OPEN, null, new BigDecimal("100"));
        assertThat(open.outcome()).isEqualTo(DealContribution.Outcome.OPEN);
        assertThat(open.closedDay()).isNull();
        assertThat(open.cycleDays()).isZero();
    }

    @Test
    void aWonDealCarriesItsAmountAndCalendarDaysFromCreationToWin() {
        DealContribution won = DealContribution.of(OWNER, CREATED, Outcome.WON, LocalDate.of(2026, 1, 20),
                new BigDecimal("300000.00"));
        assertThat(won.outcome()).isEqualTo(DealContribution.Outcome.WON);
        assertThat(won.cycleDays()).isEqualTo(15);
        assertThat(won.amount()).isEqualByComparingTo("300000");
    }

    @Test
    void aLostDealHasNoCycleAndAClosedDealWithoutClosingDayClosesOnItsCreationDay() {
        DealContribution lost = DealContribution.of(OWNER, CREATED, Outcome.LOST, null, null);
        assertThat(lost.closedDay()).isEqualTo(CREATED);
        assertThat(lost.cycleDays()).isZero();
        assertThat(lost.amount()).isEqualByComparingTo("0");
    }

    @Test
    void theSameStateGivesAnEqualContributionSoAnUnchangedUpdateWritesNothing() {
        assertThat(DealContribution.of(OWNER, CREATED, Outcome.WON, CREATED.plusDays(3), new BigDecimal("10.00")))
                .isEqualTo(DealContribution.of(OWNER, CREATED, Outcome.WON, CREATED.plusDays(3), new BigDecimal("10.00")));
        assertThat(DealContribution.of(OWNER, CREATED, Outcome.WON, CREATED.plusDays(3), new BigDecimal("10.00")))
                .isNotEqualTo(DealContribution.of(UUID.randomUUID(), CREATED, Outcome.WON, CREATED.plusDays(3),
                        new BigDecimal("10.00")));
    }
}
