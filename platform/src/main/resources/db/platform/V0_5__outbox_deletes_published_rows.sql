-- The relay deletes each row in the transaction that published it (outbox/OutboxRelay), so published
-- rows are no longer kept and purged: the rows an earlier version kept go now, and so does their index.
-- sent_at stays for a replica of the earlier version still running during a rolling update; it is
-- null for every row this version writes, so the pending index keeps covering every row.
delete from outbox_event where sent_at is not null;
drop index if exists outbox_event_sent_at;
