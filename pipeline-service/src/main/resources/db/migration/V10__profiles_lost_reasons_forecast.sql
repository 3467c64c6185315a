-- The customer profile: optional, free-text industry and region, and a size class. Lists filter on
-- them case-insensitively.
alter table account add column industry varchar(100);
alter table account add column region varchar(100);
alter table account add column size varchar(12) check (size in ('SMALL', 'MID', 'LARGE', 'ENTERPRISE'));
create index account_industry on account (lower(industry));
create index account_region on account (lower(region));
create index account_size on account (size);

-- An opportunity keeps the profile its account had when the opportunity was created (or moved to
-- another account), so re-classifying an account later does not rewrite what was sold to whom.
-- Existing accounts have no profile yet, so existing opportunities start without one.
alter table opportunity add column account_industry varchar(100);
alter table opportunity add column account_region varchar(100);
alter table opportunity add column account_size varchar(12);

-- Each pipeline's lost-reason codes, in the order it lists them.
create table pipeline_lost_reason (
    pipeline_id uuid        not null references pipeline (id),
    position    integer     not null,
    code        varchar(64) not null,
    primary key (pipeline_id, position)
);
insert into pipeline_lost_reason (pipeline_id, position, code)
select p.id, c.position, c.code
from pipeline p
cross join (values (0, 'PRICE'), (1, 'COMPETITOR'), (2, 'NO_BUDGET'), (3, 'NO_DECISION'), (4, 'TIMING'),
                   (5, 'OTHER')) as c (position, code);

-- A lost deal carries a code; the free text it had before codes existed stays as the detail.
alter table opportunity add column lost_reason_code varchar(64);
update opportunity set lost_reason_code = 'OTHER' where status = 'LOST';
alter table opportunity add constraint opportunity_lost_reason_code
    check ((status = 'LOST') = (lost_reason_code is not null));

-- The forecast category: CLOSED when won, OMITTED when lost; an open deal's from its stage's
-- probability with the default mapping (salesplan.pipeline.forecast.*: COMMIT from 0.75, BEST_CASE
-- from 0.50, else PIPELINE).
alter table opportunity add column forecast_category varchar(10);
update opportunity set forecast_category = case
    when status = 'WON' then 'CLOSED'
    when status = 'LOST' then 'OMITTED'
    when probability >= 0.75 then 'COMMIT'
    when probability >= 0.50 then 'BEST_CASE'
    else 'PIPELINE' end;
alter table opportunity alter column forecast_category set not null;
alter table opportunity add constraint opportunity_forecast_category
    check (forecast_category in ('PIPELINE', 'BEST_CASE', 'COMMIT', 'CLOSED', 'OMITTED'));
