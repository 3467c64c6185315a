package io.salesplan.goals.decomposition;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits a total by weights so that the parts sum exactly to the total (the largest remainder
 * method, in units of the given scale: whole numbers at scale 0, cents at scale 2). Each part is
 * its exact share rounded down, and the units left over go one each to the parts with the largest
 * remainders (ties to the earlier part), so every part is within one unit of its exact share.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * @param total a non-negative total with at most {@code scale} decimals
     * @param weights non-negative weights, not all zero
     * @param scale the decimals of each part
     */
    public static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights, int scale) {
        if (total.signum() < 0) {
            throw new IllegalArgumentException("total must not be negative");
        }
        if (weights.isEmpty() || weights.stream().anyMatch(w -> w.signum() < 0)
                || weights.stream().allMatch(w -> w.signum() == 0)) {
            throw new IllegalArgumentException("weights must be non-negative and not all zero");
        }
        BigInteger units = total.movePointRight(scale).toBigIntegerExact();
        int weightScale = weights.stream().mapToInt(w -> Math.max(0, w.stripTrailingZeros().scale())).max().orElse(0);
        List<BigInteger> w = weights.stream().map(x -> x.movePointRight(weightScale).toBigIntegerExact()).toList();
        BigInteger sum = w.stream().reduce(BigInteger.ZERO, BigInteger::add);

        List<BigInteger> parts = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        BigInteger allotted = BigInteger.ZERO;
        for (BigInteger weight : w) {
            BigInteger[] qr = units.multiply(weight).divideAndRemainder(sum);
            parts.add(qr[0]);
            remainders.add(qr[1]);
            allotted = allotted.add(qr[0]);
        }
        int left = units.subtract(allotted).intValueExact();
        List<Integer> byRemainder = IntStream.range(0, w.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int k = 0; k < left; k++) {
            int i = byRemainder.get(k);
            parts.set(i, parts.get(i).add(BigInteger.ONE));
        }
        return parts.stream().map(p -> new BigDecimal(p, scale)).toList();
    }

    /** Equal weights. */
    public static List<BigDecimal> evenly(BigDecimal total, int parts, int scale) {
        return split(total, java.util.Collections.nCopies(parts, BigDecimal.ONE), scale);
    }
}
