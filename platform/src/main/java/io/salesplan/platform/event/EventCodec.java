package io.salesplan.platform.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes and reads event envelopes and their payload records. Payloads are plain records; the
 * codec is lenient about unknown fields so that adding an optional field stays compatible.
 */
@Singleton
public class EventCodec {

    private final ObjectMapper mapper;
    private final Clock clock;

    public EventCodec() {
        this(Clock.systemUTC());
    }

    public EventCodec(Clock clock) {
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Money must survive the round trip exactly: 10000000.00 stays 10000000.00.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        this.clock = clock;
    }

    /** A new envelope with a fresh id and the current time. */
    public EventEnvelope envelope(String source, String type, String subject, Object data) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), EventEnvelope.CONTENT_TYPE, null, null,
                mapper.valueToTree(data));
    }

    public String write(EventEnvelope envelope) {
        return json(envelope);
    }

    /** A new event as the outbox stores it: its id and its envelope as JSON text. */
    public record Written(UUID id, String json) {
    }

    /**
     * A new envelope around {@code data}, written straight to JSON: the text {@code write(envelope(...))}
     * gives, without building the payload as a tree first (the outbox writes thousands per batch).
     */
    public Written writeNew(String source, String type, String subject, String actor, String traceparent,
            Object data) {
        UUID id = UUID.randomUUID();
        return new Written(id, json(new NewEnvelope(EventEnvelope.SPEC_VERSION, id.toString(), source, type, subject,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), EventEnvelope.CONTENT_TYPE, actor,
                traceparent, data)));
    }

    /** {@link EventEnvelope} with the payload still an object. */
    private record NewEnvelope(String specversion, String id, String source, String type, String subject,
            OffsetDateTime time, String datacontenttype, @JsonInclude(JsonInclude.Include.NON_NULL) String actor,
            @JsonInclude(JsonInclude.Include.NON_NULL) String traceparent, Object data) {
    }

    private String json(Object envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads an envelope, checking the attributes CloudEvents requires.
     *
     * @throws MalformedEventException when the text is not a valid envelope
     */
    public EventEnvelope read(String json) {
        EventEnvelope envelope;
        try {
            envelope = mapper.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("not a CloudEvents JSON envelope: " + firstLine(e.getMessage()));
        }
        if (envelope == null) {
            throw new MalformedEventException("empty record");
        }
        require(EventEnvelope.SPEC_VERSION.equals(envelope.specversion()), "specversion must be 1.0");
        require(notBlank(envelope.id()), "id is missing");
        require(notBlank(envelope.source()), "source is missing");
        require(notBlank(envelope.type()), "type is missing");
        return envelope;
    }

    /** The payload of an envelope as the given record type. */
    public <T> T data(EventEnvelope envelope, Class<T> type) {
        if (envelope.data() == null || envelope.data().isNull()) {
            throw new MalformedEventException("event " + envelope.id() + " has no data");
        }
        try {
            return mapper.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("data of " + envelope.type() + " does not match its schema: "
                    + firstLine(e.getMessage()));
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new MalformedEventException(reason);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
