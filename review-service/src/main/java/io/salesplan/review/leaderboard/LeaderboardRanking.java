package io.salesplan.review.leaderboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Ranks reps by attainment, ties broken by actual; reps equal on both share a rank (1, 2, 2, 4).
 * A rep without attainment (zero target, or a ratio metric with no closed deal) comes last.
 */
public final class LeaderboardRanking {

    private LeaderboardRanking() {
    }

    public record Entry(UUID repId, BigDecimal target, BigDecimal actual, BigDecimal attainment) {
    }

    private static final Comparator<BigDecimal> HIGH_FIRST_NULLS_LAST =
            Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder());

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::attainment, HIGH_FIRST_NULLS_LAST)
            .thenComparing(Entry::actual, HIGH_FIRST_NULLS_LAST)
            .thenComparing(Entry::repId);

    public static List<LeaderboardView.Row> rank(List<Entry> entries) {
        List<Entry> sorted = entries.stream().sorted(ORDER).toList();
        List<LeaderboardView.Row> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Entry entry = sorted.get(i);
            int rank = i + 1;
            if (i > 0 && sameScore(entry, sorted.get(i - 1))) {
                rank = rows.get(i - 1).rank();
            }
            rows.add(new LeaderboardView.Row(rank, entry.repId(), entry.target(), entry.actual(), entry.attainment()));
        }
        return rows;
    }

    private static boolean sameScore(Entry a, Entry b) {
        return compare(a.attainment(), b.attainment()) && compare(a.actual(), b.actual());
    }

    private static boolean compare(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }
}
