package io.salesplan.infra;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;

/** The topics of the suite, one per publishing service, each with its dead-letter topic. */
public final class Topics {

    public static final List<String> EVENT_TOPICS = List.of(
            "salesplan.goals", "salesplan.pipeline", "salesplan.activities", "salesplan.reviews");

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    /**
     * A topic as the suite creates it: event topics keep their whole history (a rebuild replays them
     * from the first event), dead letters the broker's default.
     */
    public static NewTopic topic(String name, int partitions) {
        NewTopic topic = new NewTopic(name, partitions, (short) 1);
        return name.endsWith(DEAD_LETTER_SUFFIX) ? topic : topic.configs(Map.of("retention.ms", "-1"));
    }

    public static List<String> all() {
        return EVENT_TOPICS.stream()
                .flatMap(t -> java.util.stream.Stream.of(t, t + DEAD_LETTER_SUFFIX))
                .toList();
    }
}
