-- The shape every service gives its copy of the organisation, for ScopeResolver.
create table org_team (
    id             uuid primary key,
    parent_team_id uuid,
    manager_id     uuid
);

create table org_rep (
    id      uuid primary key,
    email   varchar(320),
    team_id uuid,
    active  boolean not null
);
