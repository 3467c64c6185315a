-- The W3C trace context of the transaction that wrote an event (docs/operations.md, "Traces"): the relay
-- publishes the event as a continuation of that trace. Null for events written outside a trace.
alter table outbox_event add column traceparent varchar(128);
