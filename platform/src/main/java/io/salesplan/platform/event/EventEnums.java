package io.salesplan.platform.event;

import java.util.Arrays;

/**
 * Reads a value of a fixed set from an event, where a reading record keeps it as text so that one odd
 * value never fails the decoding of a whole payload: the projection decides what an unknown name means.
 */
public final class EventEnums {

    private EventEnums() {
    }

    /** The constant named so; null for null or a name this version does not know. */
    public static <E extends Enum<E>> E optional(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * The constant named so, for a value the event must carry.
     *
     * @param subject what the event is about, for the reason ({@code "goal 1a2b…"})
     * @throws MalformedEventException when the name is null or outside the set
     */
    public static <E extends Enum<E>> E required(Class<E> type, String name, String subject) {
        E value = optional(type, name);
        if (value == null) {
            throw new MalformedEventException(subject + " has an unknown " + type.getSimpleName() + " " + name);
        }
        return value;
    }
}
