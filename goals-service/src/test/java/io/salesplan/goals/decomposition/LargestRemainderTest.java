package io.salesplan.goals.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    @Test
    void hundredDealsOverThreeRepsAre34And33And33() {
        assertThat(LargestRemainder.evenly(new BigDecimal("100"), 3, 0))
                .containsExactly(new BigDecimal("34"), new BigDecimal("33"), new BigDecimal("33"));
    }

    @Test
    void tenMillionOverThreeSplitsToTheCent() {
        assertThat(LargestRemainder.evenly(new BigDecimal("10000000.00"), 3, 2))
                .containsExactly(new BigDecimal("3333333.34"), new BigDecimal("3333333.33"), new BigDecimal("3333333.33"));
    }

    @Test
    void weightsSplitProportionallyAndAZeroWeightGetsNothing() {
        assertThat(LargestRemainder.split(new BigDecimal("1000"), List.of(new BigDecimal("1"), new BigDecimal("3"),
                BigDecimal.ZERO), 0))
                .containsExactly(new BigDecimal("250"), new BigDecimal("750"), new BigDecimal("0"));
    }

    @Test
    void theLeftoverGoesToTheLargestRemainderNotTheFirstPart() {
        // exact shares 0.7, 1.4, 0.9: floors 0, 1, 0 leave 2 units for the remainders .9 and .7
        assertThat(LargestRemainder.split(new BigDecimal("3"), List.of(new BigDecimal("7"), new BigDecimal("14"),
                new BigDecimal("9")), 0))
                .containsExactly(new BigDecimal("1"), new BigDecimal("1"), new BigDecimal("1"));
    }

    @Test
    void rejectsNegativeOrAllZeroWeights() {
        assertThatThrownBy(() -> LargestRemainder.split(BigDecimal.TEN, List.of(BigDecimal.ONE, new BigDecimal("-1")), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.split(BigDecimal.TEN, List.of(BigDecimal.ZERO, BigDecimal.ZERO), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 500)
    void partsSumExactlyToTheTotal(@ForAll("totals") BigDecimal total, @ForAll("weights") List<BigDecimal> weights,
            @ForAll @IntRange(min = 0, max = 2) int scale) {
        BigDecimal scaled = total.setScale(scale, java.math.RoundingMode.DOWN);
        List<BigDecimal> parts = LargestRemainder.split(scaled, weights, scale);

        assertThat(parts).hasSameSizeAs(weights);
        assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(scaled);
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.signum()).isGreaterThanOrEqualTo(0);
            assertThat(p.scale()).isEqualTo(scale);
        });
    }

    @Property(tries = 500)
    void eachPartIsWithinOneUnitOfItsExactShare(@ForAll("totals") BigDecimal total,
            @ForAll("weights") List<BigDecimal> weights, @ForAll @IntRange(min = 0, max = 2) int scale) {
        BigDecimal scaled = total.setScale(scale, java.math.RoundingMode.DOWN);
        List<BigDecimal> parts = LargestRemainder.split(scaled, weights, scale);
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal exact = scaled.multiply(weights.get(i)).divide(sum, MathContext.DECIMAL128);
            assertThat(parts.get(i).subtract(exact).abs()).isLessThan(unit);
            if (weights.get(i).signum() == 0) {
                assertThat(parts.get(i).signum()).isZero();
            }
        }
    }

    @Provide
    Arbitrary<BigDecimal> totals() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000000")).ofScale(2);
    }

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(3)
                .list().ofMinSize(1).ofMaxSize(60)
                .filter(ws -> ws.stream().anyMatch(w -> w.signum() > 0));
    }
}
