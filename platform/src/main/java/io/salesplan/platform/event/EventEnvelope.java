package io.salesplan.platform.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 event in structured JSON mode. {@code subject} is the aggregate id and the
 * Kafka record key, so one aggregate's events stay in order. {@code actor} is a CloudEvents extension
 * attribute: the subject of the token whose request caused the event (absent for events no person
 * caused, such as reminders). {@code traceparent} is the CloudEvents distributed-tracing extension: the
 * W3C trace context of the transaction that wrote the event (absent when none was traced).
 */
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        @JsonInclude(JsonInclude.Include.NON_NULL) String actor,
        @JsonInclude(JsonInclude.Include.NON_NULL) String traceparent,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
    /**
     * The Kafka {@code content-type} header of a record in the CloudEvents Kafka protocol binding's
     * structured mode: the record's value is the whole event as JSON.
     */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** The same event as if the given person's request had caused it. */
    public EventEnvelope withActor(String actor) {
        return new EventEnvelope(specversion, id, source, type, subject, time, datacontenttype, actor, traceparent, data);
    }
}
