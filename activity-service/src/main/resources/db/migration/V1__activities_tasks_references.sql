-- What this service knows of other services' data, kept from their events (or verified once
-- through their API). version is the source aggregate's version; -1 when not known yet.

create table known_rep (
    id      uuid         primary key,
    name    varchar(200),
    team_id uuid,
    active  boolean      not null default true,
    version bigint       not null
);

create table known_account (
    id      uuid         primary key,
    name    varchar(300),
    version bigint       not null
);

create table known_opportunity (
    id         uuid   primary key,
    account_id uuid,
    owner_id   uuid,
    version    bigint not null
);

create table activity (
    id               uuid          primary key,
    type             varchar(20)   not null,
    owner_id         uuid          not null,
    occurred_at      timestamptz   not null,
    opportunity_id   uuid,
    account_id       uuid,
    task_id          uuid,
    duration_minutes integer,
    outcome          varchar(500),
    notes            varchar(10000),
    source           varchar(100),
    external_id      varchar(200),
    created_at       timestamptz   not null,
    version          bigint        not null
);

-- Idempotent ingestion: one row per source + externalId (rows without externalId never clash,
-- since NULLs are distinct). Inserts use "on conflict do nothing" against this index.
create unique index activity_source_external_id on activity (source, external_id);
-- Lists are newest first, keyset-paginated by (occurred_at, id).
create index activity_occurred on activity (occurred_at desc, id desc);
create index activity_owner_occurred on activity (owner_id, occurred_at desc, id desc);
create index activity_opportunity_occurred on activity (opportunity_id, occurred_at desc, id desc)
    where opportunity_id is not null;
create index activity_account_occurred on activity (account_id, occurred_at desc, id desc)
    where account_id is not null;

create table task (
    id               uuid          primary key,
    title            varchar(200)  not null,
    type             varchar(20)   not null,
    owner_id         uuid          not null,
    due_at           timestamptz   not null,
    opportunity_id   uuid,
    account_id       uuid,
    notes            varchar(10000),
    status           varchar(10)   not null,
    completed_at     timestamptz,
    activity_id      uuid,
    due_soon_sent_at timestamptz,
    overdue_sent_at  timestamptz,
    created_at       timestamptz   not null,
    version          bigint        not null
);

create index task_owner_due on task (owner_id, due_at, id);
create index task_due on task (due_at, id);
-- The reminder job claims open tasks whose reminders are still unsent.
create index task_due_soon_pending on task (due_at) where status = 'OPEN' and due_soon_sent_at is null;
create index task_overdue_pending on task (due_at) where status = 'OPEN' and overdue_sent_at is null;
