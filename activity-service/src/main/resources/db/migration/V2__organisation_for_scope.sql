-- Who a token stands for: a rep's e-mail is matched to the token's (case-insensitively).
alter table known_rep add column email varchar(320);
create index known_rep_email on known_rep (lower(email));
create index known_rep_team on known_rep (team_id);

-- The teams, kept from goals-service's team events like the reps: only what a caller's scope needs.
-- version is the source aggregate's version; an older event never overwrites a newer one.
create table known_team (
    id             uuid   primary key,
    parent_team_id uuid,
    manager_id     uuid,
    version        bigint not null
);
create index known_team_manager on known_team (manager_id);
create index known_team_parent on known_team (parent_team_id);

-- The organisation in the shape the platform reads a caller's scope from (ScopeResolver).
create view org_team as select id, parent_team_id, manager_id from known_team;
create view org_rep as select id, email, team_id, active from known_rep;
