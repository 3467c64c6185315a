package io.salesplan.review.retrospective;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The retrospective's JSON columns (snapshot, findings, causes, actions) written and read back. */
@ApplicationScoped
public class RetrospectiveJson {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<RetrospectiveAction>> ACTIONS = new TypeReference<>() {
    };
    private static final TypeReference<RetrospectiveSnapshot> SNAPSHOT = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public RetrospectiveJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write retrospective JSON", e);
        }
    }

    public List<RetrospectiveAction> actions(Retrospective r) {
        return read(r.actions, ACTIONS);
    }

    public RetrospectiveResponse view(Retrospective r) {
        return new RetrospectiveResponse(r.id, r.cadence, r.scopeType.name(), r.scopeId, r.period, r.status,
                read(r.snapshot, SNAPSHOT), read(r.findings, STRINGS), r.notes, read(r.causes, STRINGS),
                actions(r), r.createdBy, r.updatedBy);
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored retrospective JSON is unreadable", e);
        }
    }
}
