-- The sales organisation: teams nest through parent_team_id; every rep belongs to one team.
create table team (
    id             uuid         primary key,
    name           varchar(200) not null,
    parent_team_id uuid         references team (id),
    created_at     timestamptz  not null,
    version        bigint       not null
);

create index team_parent on team (parent_team_id);
create index team_created on team (created_at, id);

create table rep (
    id         uuid         primary key,
    name       varchar(200) not null,
    email      varchar(320) not null,
    team_id    uuid         not null references team (id),
    active     boolean      not null,
    created_at timestamptz  not null,
    version    bigint       not null
);

-- E-mail addresses are unique regardless of case; the service checks first for a clear 409,
-- the index closes the race between two requests.
create unique index rep_email_unique on rep (lower(email));
create index rep_team on rep (team_id, created_at, id);
create index rep_created on rep (created_at, id);

-- Goals form a tree (objective -> key result -> KPI). origin records how a goal came to be, so
-- that re-decomposing or re-applying an action plan finds exactly the goals it made before.
create table goal (
    id            uuid          primary key,
    title         varchar(200)  not null,
    description   varchar(4000),
    type          varchar(20)   not null,
    parent_id     uuid          references goal (id),
    owner_type    varchar(20)   not null,
    owner_id      uuid,
    period        varchar(10)   not null,
    period_start  date          not null,
    period_end    date          not null,
    metric        varchar(40),
    activity_type varchar(20),
    target_value  numeric(19,4),
    direction     varchar(10),
    status        varchar(10)   not null,
    origin        varchar(20)   not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null,
    constraint goal_owner check ((owner_type = 'COMPANY') = (owner_id is null)),
    constraint goal_metric check ((type = 'OBJECTIVE') = (metric is null)),
    constraint goal_activity_type check (activity_type is null or metric = 'ACTIVITIES')
);

create index goal_parent on goal (parent_id, status);
create index goal_owner_idx on goal (owner_type, owner_id, status);
create index goal_list on goal (status, created_at, id);

-- Target changes proposed by closed retrospectives (review-service), decided here.
create table plan_adjustment (
    id                 uuid          primary key,
    goal_id            uuid          not null references goal (id),
    retrospective_id   uuid,
    new_target_value   numeric(19,4) not null,
    reason             varchar(4000),
    status             varchar(10)   not null,
    proposed_at        timestamptz   not null,
    decided_at         timestamptz,
    version            bigint        not null
);

create index plan_adjustment_goal on plan_adjustment (goal_id, proposed_at, id);
