package io.salesplan.infra;

import java.util.List;

/** The topics of the suite, one per publishing service, each with its dead-letter topic. */
public final class Topics {

    public static final List<String> EVENT_TOPICS = List.of(
            "salesplan.goals", "salesplan.pipeline", "salesplan.activities", "salesplan.reviews");

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    public static List<String> all() {
        return EVENT_TOPICS.stream()
                .flatMap(t -> java.util.stream.Stream.of(t, t + DEAD_LETTER_SUFFIX))
                .toList();
    }
}
