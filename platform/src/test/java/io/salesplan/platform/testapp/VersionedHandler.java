package io.salesplan.platform.testapp;

import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.inbox.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An idempotent handler: it only notes, per aggregate, the events it was handed and in which order,
 * so tests can see what the inbox hands over when it records nothing.
 */
@ApplicationScoped
public class VersionedHandler implements EventHandler {

    private final Map<String, List<String>> handed = new ConcurrentHashMap<>();

    @Override
    public Set<String> topics() {
        return Set.of("salesplan.pipeline");
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public void handle(EventEnvelope event) {
        handed.computeIfAbsent(event.subject(), s -> new ArrayList<>()).add(event.data().get("note").asText());
    }

    /** The notes of the aggregate's events, in the order they were handed over. */
    public List<String> handed(String aggregateId) {
        return List.copyOf(handed.getOrDefault(aggregateId, List.of()));
    }
}
