package io.salesplan.activity.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void aRepeatPointsAtTheFirstOccurrenceAndKeysWithoutExternalIdNeverRepeat() {
        List<IdempotencyKey> keys = Arrays.asList(new IdempotencyKey("crm", "1"), null, new IdempotencyKey("crm", "2"),
                new IdempotencyKey("crm", "1"), null, new IdempotencyKey("other", "1"), new IdempotencyKey("crm", "1"));
        assertThat(IdempotencyKey.repeats(keys)).isEqualTo(Map.of(3, 0, 6, 0));
        assertThat(IdempotencyKey.of("crm", null)).isNull();
    }

    /** Storing exactly the non-repeated positions stores every distinct key once. */
    @Property
    void theNonRepeatedPositionsHoldEachDistinctKeyExactlyOnce(
            @ForAll @Size(max = 60) List<@IntRange(min = -1, max = 15) Integer> raw) {
        List<IdempotencyKey> keys = new ArrayList<>();
        for (Integer k : raw) {
            keys.add(k < 0 ? null : new IdempotencyKey("crm", "ext-" + k));
        }
        Map<Integer, Integer> repeats = IdempotencyKey.repeats(keys);

        List<IdempotencyKey> kept = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!repeats.containsKey(i)) {
                kept.add(keys.get(i));
            }
        }
        Set<IdempotencyKey> distinct = new HashSet<>(keys);
        distinct.remove(null);
        List<IdempotencyKey> keptWithKey = kept.stream().filter(k -> k != null).toList();
        assertThat(keptWithKey).hasSize(distinct.size()).containsExactlyInAnyOrderElementsOf(distinct);
        assertThat(kept.stream().filter(k -> k == null).count())
                .isEqualTo(keys.stream().filter(k -> k == null).count());
        repeats.forEach((position, first) -> {
            assertThat(first).isLessThan(position);
            assertThat(keys.get(first)).isEqualTo(keys.get(position));
            assertThat(repeats).doesNotContainKey(first);
        });
    }
}
