package io.salesplan.activity.activity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What identifies an activity sent by an integration: its source system and its id there. */
public record IdempotencyKey(String source, String externalId) {

    /** The key of an activity, or null when it has no externalId (then it can never be a duplicate). */
    public static IdempotencyKey of(String source, String externalId) {
        return externalId == null ? null : new IdempotencyKey(source, externalId);
    }

    /**
     * For each position whose key already appeared earlier in the list, the position of its first
     * occurrence. Positions with a null key never repeat anything.
     */
    public static Map<Integer, Integer> repeats(List<IdempotencyKey> keys) {
        Map<IdempotencyKey, Integer> first = new HashMap<>();
        Map<Integer, Integer> repeats = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            IdempotencyKey key = keys.get(i);
            if (key == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(key, i);
            if (earlier != null) {
                repeats.put(i, earlier);
            }
        }
        return repeats;
    }
}
