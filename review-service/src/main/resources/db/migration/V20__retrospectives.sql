-- Retrospectives: the snapshot, findings, causes and actions are written and read whole, so they
-- are stored as JSON text; filters use the plain columns.
create table retrospective (
    retrospective_id uuid         primary key,
    cadence          varchar(10)  not null,
    scope_type       varchar(10)  not null,
    scope_id         uuid,
    period           varchar(10)  not null,
    status           varchar(10)  not null,
    snapshot         text         not null,
    findings         text         not null,
    notes            text,
    causes           text         not null,
    actions          text         not null,
    created_at       timestamptz  not null,
    closed_at        timestamptz,
    version          bigint       not null
);
create index retrospective_scope on retrospective (scope_type, scope_id, period);
