-- Shared by every service (flyway location classpath:db/platform): the transactional outbox and
-- the inbox of applied events.

create table outbox_event (
    id           bigserial    primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    aggregate_id varchar(200) not null,
    type         varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null default now(),
    sent_at      timestamptz
);

-- The relay reads pending rows in id order; published rows leave this index.
create index outbox_event_pending on outbox_event (id) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

create table inbox_event (
    event_id     varchar(200) primary key,
    topic        varchar(200) not null,
    type         varchar(200) not null,
    processed_at timestamptz  not null default now()
);
