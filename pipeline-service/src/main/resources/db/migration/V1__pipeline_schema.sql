-- Pipelines and their ordered stages. Opportunities refer to a stage by its key, which stays
-- stable while the stage is renamed, reordered or re-weighted.
create table pipeline (
    id         uuid         primary key,
    name       varchar(200) not null,
    is_default boolean      not null,
    created_at timestamptz  not null,
    version    bigint       not null
);

-- At most one default pipeline.
create unique index pipeline_single_default on pipeline (is_default) where is_default;
create index pipeline_created on pipeline (created_at, id);

create table pipeline_stage (
    pipeline_id uuid         not null references pipeline (id),
    position    integer      not null,
    stage_key   varchar(64)  not null,
    name        varchar(200) not null,
    kind        varchar(10)  not null,
    probability numeric(5,4) not null,
    primary key (pipeline_id, position)
);

-- The sales organisation as goals-service announces it (a read model: written only from its
-- events, or from its API for a rep whose event has not arrived yet). version is the version of
-- the latest event applied, so an older event never overwrites a newer state.
create table team (
    id             uuid         primary key,
    name           varchar(200),
    parent_team_id uuid,
    version        bigint       not null
);
create index team_parent on team (parent_team_id);

create table rep (
    id      uuid         primary key,
    name    varchar(200),
    email   varchar(320),
    team_id uuid,
    active  boolean      not null,
    version bigint       not null
);
create index rep_team on rep (team_id);

create table account (
    id         uuid         primary key,
    name       varchar(200) not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null
);
create index account_name on account (lower(name), id);

create table opportunity (
    id                  uuid          primary key,
    name                varchar(200)  not null,
    account_id          uuid          not null references account (id),
    owner_id            uuid          not null references rep (id),
    pipeline_id         uuid          not null references pipeline (id),
    stage               varchar(64)   not null,
    status              varchar(10)   not null,
    probability         numeric(5,4)  not null,
    amount              numeric(19,2) not null check (amount >= 0),
    expected_close_date date,
    source              varchar(100),
    created_at          timestamptz   not null,
    closed_at           timestamptz,
    lost_reason         varchar(1000),
    updated_at          timestamptz   not null,
    version             bigint        not null
);
create index opportunity_created on opportunity (created_at desc, id desc);
create index opportunity_owner on opportunity (owner_id);
create index opportunity_account on opportunity (account_id);
create index opportunity_pipeline_stage on opportunity (pipeline_id, stage);

-- Every stage move, in business time (at may be back-filled by an integration).
create table stage_change (
    id             bigserial   primary key,
    opportunity_id uuid        not null references opportunity (id),
    from_stage     varchar(64) not null,
    to_stage       varchar(64) not null,
    at             timestamptz not null
);
create index stage_change_opportunity on stage_change (opportunity_id, at, id);
