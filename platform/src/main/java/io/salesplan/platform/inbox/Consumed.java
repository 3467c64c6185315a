package io.salesplan.platform.inbox;

import io.salesplan.platform.event.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A record the consumer read, and the event it holds. */
record Consumed(ConsumerRecord<String, String> record, EventEnvelope event) {
}
