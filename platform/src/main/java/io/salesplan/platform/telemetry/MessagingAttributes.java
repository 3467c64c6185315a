package io.salesplan.platform.telemetry;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The span attributes of publishing and applying events: OpenTelemetry's messaging conventions, the
 * CloudEvents ones for the event's type, and the inbox's outcome.
 */
public final class MessagingAttributes {

    public static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    public static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    public static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    public static final AttributeKey<String> CONSUMER_GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    /** The event's id, which is also its CloudEvents {@code id}. */
    public static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    public static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    /** {@code applied}, {@code duplicate} (a redelivery, nothing changed), {@code failed} or {@code dead-lettered}. */
    public static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("salesplan.inbox.outcome");

    private MessagingAttributes() {
    }
}
