-- The analytics read model. Every row is derived from events (goals, pipeline and activity
-- topics); nothing here is written by the API. Truncating these tables together with
-- inbox_event and replaying the topics from the beginning rebuilds it exactly (README).

-- Latest state per aggregate. `version` is the producer's version: an older one is ignored.
create table rm_team (
    team_id        uuid         primary key,
    name           varchar(500),
    parent_team_id uuid,
    version        bigint       not null
);
create index rm_team_parent on rm_team (parent_team_id);

create table rm_rep (
    rep_id  uuid         primary key,
    name    varchar(500),
    team_id uuid,
    active  boolean      not null,
    version bigint       not null
);
create index rm_rep_team on rm_rep (team_id);

create table rm_goal (
    goal_id       uuid          primary key,
    title         varchar(1000),
    type          varchar(20)   not null,
    parent_id     uuid,
    owner_type    varchar(20)   not null,
    owner_id      uuid,
    period        varchar(10)   not null,
    period_start  date          not null,
    period_end    date          not null,
    metric        varchar(40),
    activity_type varchar(20),
    target_value  numeric(19,2),
    direction     varchar(10),
    status        varchar(20)   not null,
    version       bigint        not null
);
create index rm_goal_owner on rm_goal (owner_type, owner_id, period_start);
create index rm_goal_parent on rm_goal (parent_id);

-- Stages as a JSON array ordered by position: [{"key","name","kind","probability","position"}].
create table rm_pipeline (
    pipeline_id uuid         primary key,
    name        varchar(500),
    is_default  boolean      not null,
    stages      text         not null,
    version     bigint       not null
);

-- created_date / closed_date are business dates in salesplan.time-zone.
create table rm_opportunity (
    opportunity_id uuid          primary key,
    owner_id       uuid          not null,
    pipeline_id    uuid,
    initial_stage  varchar(100),
    stage          varchar(100),
    status         varchar(10)   not null,
    amount         numeric(19,2),
    created_at     timestamptz   not null,
    created_date   date          not null,
    closed_at      timestamptz,
    closed_date    date,
    version        bigint        not null
);
create index rm_opportunity_owner_created on rm_opportunity (owner_id, created_date);
create index rm_opportunity_created on rm_opportunity (created_date);

-- Full stage history: one row per stage-changed event, keyed by the opportunity's version.
create table rm_stage_move (
    opportunity_id uuid         not null,
    version        bigint       not null,
    from_stage     varchar(100),
    to_stage       varchar(100) not null,
    to_kind        varchar(10)  not null,
    moved_at       timestamptz  not null,
    primary key (opportunity_id, version)
);

-- A deleted activity stays as a tombstone so that a late, older event cannot bring it back.
create table rm_activity (
    activity_id    uuid        primary key,
    type           varchar(20) not null,
    owner_id       uuid        not null,
    occurred_at    timestamptz not null,
    occurred_date  date        not null,
    opportunity_id uuid,
    deleted        boolean     not null,
    version        bigint      not null
);
create index rm_activity_owner_day on rm_activity (owner_id, occurred_date) where not deleted;
create index rm_activity_day on rm_activity (occurred_date) where not deleted;

-- Daily aggregates per owner, maintained incrementally (subtract the old contribution of an
-- aggregate, add the new one). The nil UUID owner holds the company-wide totals, so that a
-- company report reads one row per day instead of one per rep.
create table agg_activity_day (
    owner_id      uuid        not null,
    day           date        not null,
    activity_type varchar(20) not null,
    activities    bigint      not null,
    primary key (owner_id, day, activity_type)
);

create table agg_deal_day (
    owner_id       uuid          not null,
    day            date          not null,
    created        bigint        not null default 0,
    won            bigint        not null default 0,
    won_amount     numeric(19,2) not null default 0,
    won_cycle_days bigint        not null default 0,
    lost           bigint        not null default 0,
    primary key (owner_id, day)
);
