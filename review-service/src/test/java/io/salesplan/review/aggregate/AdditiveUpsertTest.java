package io.salesplan.review.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdditiveUpsertTest {

    @Test
    void everyValueColumnAddsTheIncomingDeltaToTheStoredRow() {
        assertThat(AdditiveUpsert.sql("agg_deal_day", "owner_id, day", "won, lost", "values (?, ?, ?, ?)"))
                .isEqualTo("insert into agg_deal_day (owner_id, day, won, lost) values (?, ?, ?, ?) "
                        + "on conflict (owner_id, day) do update set won = agg_deal_day.won + excluded.won, "
                        + "lost = agg_deal_day.lost + excluded.lost");
    }
}
