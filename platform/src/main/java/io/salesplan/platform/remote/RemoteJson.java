package io.salesplan.platform.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** Reads the fields a service keeps from another service's JSON answer, leniently: what it cannot read is absent. */
public final class RemoteJson {

    private RemoteJson() {
    }

    /** The field as text; null when it is missing or null. */
    public static String text(JsonNode json, String field) {
        return json.hasNonNull(field) ? json.get(field).asText() : null;
    }

    /** The field as a UUID; null when it is missing, null or not a UUID. */
    public static UUID uuid(JsonNode json, String field) {
        try {
            return json.hasNonNull(field) ? UUID.fromString(json.get(field).asText()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The other service's {@code version} of the thing, so that older events arriving later do not roll a
     * copy back; -1 when it sends none (or not a whole number), so that any event wins.
     */
    public static long version(JsonNode json) {
        return json.hasNonNull("version") && json.get("version").canConvertToLong() ? json.get("version").asLong() : -1;
    }
}
