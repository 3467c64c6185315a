-- Conversion aggregates: the conversion funnel's cohort summed per owner, pipeline, creation day and open
-- stage, so that a report reads a few rows per day instead of every deal and stage move of its cohort.
-- owner_id is a rep (agg_conversion; the company total under the all-zero id) or the rep's current team
-- (agg_team_conversion, moved with the rep like agg_team_*). pipeline_id is the deal's pipeline, the
-- all-zero id for deals without one (they count for the default pipeline). position is the stage's place
-- among the pipeline's open stages; the row at position -1 holds the deals, won and lost.
-- The plain tables hold every deal's contribution as of now; the *_change tables the step each move made,
-- dated by the move's business day: a report as of a day subtracts the changes dated after it.
-- Rows are filled by the opportunity events (ConversionAggregates); existing data once at start-up
-- (ConversionBackfill), because the funnel's walk of a deal's moves is not written in SQL.
create table agg_conversion (
    owner_id uuid not null,
    pipeline_id uuid not null,
    created_day date not null,
    position smallint not null,
    deals bigint not null,
    won bigint not null,
    lost bigint not null,
    reached bigint not null,
    stays bigint not null,
    stay_seconds bigint not null,
    primary key (owner_id, pipeline_id, created_day, position)
);

create table agg_conversion_change (
    owner_id uuid not null,
    pipeline_id uuid not null,
    changed_on date not null,
    created_day date not null,
    position smallint not null,
    deals bigint not null,
    won bigint not null,
    lost bigint not null,
    reached bigint not null,
    stays bigint not null,
    stay_seconds bigint not null,
    primary key (owner_id, pipeline_id, changed_on, created_day, position)
);

create table agg_team_conversion (like agg_conversion including all);
create table agg_team_conversion_change (like agg_conversion_change including all);

-- one row: whether the rows above were filled from the read model that existed before them
create table agg_conversion_backfill (done boolean not null);
insert into agg_conversion_backfill values (false);
