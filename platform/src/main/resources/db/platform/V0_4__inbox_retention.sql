-- Applied event ids are kept for salesplan.inbox.retention (7 days) and then purged in batches, oldest
-- first (inbox/InboxPurge): this index finds them without reading the whole table.
create index inbox_event_processed_at on inbox_event (processed_at);
