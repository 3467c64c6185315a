create table test_order (
    id    uuid primary key,
    name  varchar(100) not null unique
);

create table test_effect (
    aggregate_id varchar(200) not null,
    event_id     varchar(200) not null,
    applied_at   timestamptz  not null default now()
);
