package io.salesplan.goals.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplan.goals.goal.ActivityType;
import io.salesplan.goals.goal.OwnerType;
import io.salesplan.platform.period.SalesPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ActionPlanCalculatorTest {

    @Test
    void theArticlesTeamOfTenNeedsTenDealsFiftyOpportunitiesAndAHundredFiftyVisitsEach() {
        List<ActionPlanCalculator.OwnerRevenue> reps = IntStream.range(0, 10)
                .mapToObj(i -> new ActionPlanCalculator.OwnerRevenue(OwnerType.REP, UUID.randomUUID(),
                        new BigDecimal("1000000.00")))
                .toList();
        int workingDays = SalesPeriod.parse("2026").workingDays();

        ActionPlanCalculator.Plan plan = ActionPlanCalculator.plan(reps, new BigDecimal("100000"), new BigDecimal("0.2"),
                Map.of(ActivityType.VISIT, BigDecimal.valueOf(3)), workingDays);

        assertThat(plan.workingDays()).isEqualTo(261);
        assertThat(plan.deals()).isEqualTo(100);
        assertThat(plan.opportunities()).isEqualTo(500);
        assertThat(plan.activities()).containsEntry(ActivityType.VISIT, 1500L);
        assertThat(plan.owners()).hasSize(10).allSatisfy(owner -> {
            assertThat(owner.deals()).isEqualTo(10);
            assertThat(owner.opportunities()).isEqualTo(50);
            assertThat(owner.activities()).containsEntry(ActivityType.VISIT, 150L);
            assertThat(owner.perWorkingDay().get(ActivityType.VISIT)).isEqualByComparingTo("0.58");
            assertThat(owner.perWeek().get(ActivityType.VISIT)).isEqualByComparingTo("2.88");
        });
    }

    @Test
    void everyStepRoundsUp() {
        ActionPlanCalculator.Plan plan = ActionPlanCalculator.plan(
                List.of(new ActionPlanCalculator.OwnerRevenue(OwnerType.COMPANY, null, new BigDecimal("100000.01"))),
                new BigDecimal("100000"), new BigDecimal("0.3"), Map.of(ActivityType.CALL, new BigDecimal("2.5")), 64);
        ActionPlanCalculator.OwnerPlan owner = plan.owners().get(0);
        assertThat(owner.deals()).isEqualTo(2);
        assertThat(owner.opportunities()).isEqualTo(7);
        assertThat(owner.activities()).containsEntry(ActivityType.CALL, 18L);
        assertThat(owner.perWorkingDay().get(ActivityType.CALL)).isEqualByComparingTo("0.29");
        assertThat(owner.perWeek().get(ActivityType.CALL)).isEqualByComparingTo("1.41");
    }

    @Test
    void impossibleAssumptionsAreRefused() {
        List<ActionPlanCalculator.OwnerRevenue> owner = List.of(
                new ActionPlanCalculator.OwnerRevenue(OwnerType.COMPANY, null, BigDecimal.TEN));
        assertThatThrownBy(() -> ActionPlanCalculator.plan(owner, BigDecimal.ZERO, new BigDecimal("0.2"), Map.of(), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActionPlanCalculator.plan(owner, BigDecimal.TEN, new BigDecimal("1.01"), Map.of(), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void thePlanNeverFallsShort(@ForAll @BigRange(min = "0", max = "100000000") BigDecimal revenue,
            @ForAll @BigRange(min = "1", max = "1000000") BigDecimal dealSize,
            @ForAll @IntRange(min = 1, max = 100) int winRatePercent,
            @ForAll @IntRange(min = 0, max = 20) int visitsPerOpportunity,
            @ForAll @IntRange(min = 1, max = 261) int workingDays) {
        BigDecimal revenueCents = revenue.setScale(2, java.math.RoundingMode.DOWN);
        BigDecimal winRate = BigDecimal.valueOf(winRatePercent, 2);
        ActionPlanCalculator.OwnerPlan plan = ActionPlanCalculator.plan(
                List.of(new ActionPlanCalculator.OwnerRevenue(OwnerType.COMPANY, null, revenueCents)), dealSize, winRate,
                Map.of(ActivityType.VISIT, BigDecimal.valueOf(visitsPerOpportunity)), workingDays).owners().get(0);

        assertThat(dealSize.multiply(BigDecimal.valueOf(plan.deals()))).isGreaterThanOrEqualTo(revenueCents);
        assertThat(winRate.multiply(BigDecimal.valueOf(plan.opportunities())))
                .isGreaterThanOrEqualTo(BigDecimal.valueOf(plan.deals()));
        long visits = plan.activities().get(ActivityType.VISIT);
        assertThat(visits).isGreaterThanOrEqualTo(plan.opportunities() * visitsPerOpportunity);
        assertThat(plan.perWorkingDay().get(ActivityType.VISIT).multiply(BigDecimal.valueOf(workingDays)))
                .isGreaterThanOrEqualTo(BigDecimal.valueOf(visits));
    }
}
