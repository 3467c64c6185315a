package io.salesplan.review.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplan.review.leaderboard.LeaderboardRanking.Entry;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeaderboardRankingTest {

    private static Entry entry(String target, String actual, String attainment) {
        return new Entry(UUID.randomUUID(), new BigDecimal(target), actual == null ? null : new BigDecimal(actual),
                attainment == null ? null : new BigDecimal(attainment));
    }

    @Test
    void higherAttainmentFirstThenHigherActualAndFullTiesShareARank() {
        Entry small = entry("100", "50", "0.5");
        Entry big = entry("200", "100", "0.5");
        Entry best = entry("50", "50", "1");
        Entry sameAsSmall = entry("100", "50.00", "0.5000");
        Entry none = entry("0", "10", null);

        List<LeaderboardView.Row> rows = LeaderboardRanking.rank(List.of(small, none, big, sameAsSmall, best));

        assertThat(rows).extracting(LeaderboardView.Row::repId).startsWith(best.repId(), big.repId())
                .endsWith(none.repId()).contains(small.repId(), sameAsSmall.repId());
        assertThat(rows).extracting(LeaderboardView.Row::rank).containsExactly(1, 2, 3, 3, 5);
    }

    @Test
    void anEmptyTeamHasAnEmptyBoard() {
        assertThat(LeaderboardRanking.rank(List.of())).isEmpty();
    }
}
