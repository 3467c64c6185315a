-- What the segment, lost-reason and forecast reports read from each opportunity's latest state:
-- the profile its account had when it was created (industry, region, size), why it was lost, its
-- forecast category, and — for "open on asOf" — the stage and category it had while it was last open.
-- Rows consumed before these columns existed have no profile, code or category until the deal's next
-- event or a rebuild (README); the last open stage is filled in below from the stage history.
alter table rm_opportunity add column industry varchar(100);
alter table rm_opportunity add column region varchar(100);
alter table rm_opportunity add column size varchar(20);
alter table rm_opportunity add column lost_reason_code varchar(64);
alter table rm_opportunity add column forecast_category varchar(10);
alter table rm_opportunity add column open_stage varchar(100);
alter table rm_opportunity add column open_forecast_category varchar(10);

update rm_opportunity set open_stage = stage where status = 'OPEN';
update rm_opportunity o set open_stage = m.from_stage
from (select distinct on (opportunity_id) opportunity_id, from_stage from rm_stage_move
      where to_kind <> 'OPEN' order by opportunity_id, version desc) m
where o.opportunity_id = m.opportunity_id and o.status <> 'OPEN';
update rm_opportunity set lost_reason_code = 'OTHER' where status = 'LOST';

-- Lost-reason reports read the deals lost in a window by their closing day.
create index rm_opportunity_closed on rm_opportunity (closed_date) where closed_date is not null;

-- Forecast calls people submit: kept with their time; the latest of each ISO week counts.
create table forecast_submission (
    id            uuid          primary key,
    owner_type    varchar(10)   not null,
    owner_id      uuid,
    period        varchar(10)   not null,
    period_start  date          not null,
    period_end    date          not null,
    amount        numeric(19,2) not null check (amount >= 0),
    note          varchar(2000),
    submitted_at  timestamptz   not null,
    submitted_by  varchar(255)  not null,
    submitted_week varchar(8)   not null
);
create index forecast_submission_owner on forecast_submission (owner_type, owner_id, period, submitted_at desc);
create index forecast_submission_recent on forecast_submission (submitted_at desc, id desc);

-- The read model's change marker: each instance's consumer bumps its own row in the transaction that
-- applies events, and every instance polls the rows to learn of changes its own consumer did not apply
-- (live variance streams). One row per instance, so replicas never wait on each other's row.
create table rm_change (
    instance   varchar(200) primary key,
    seq        bigint       not null,
    changed_at timestamptz  not null
);
