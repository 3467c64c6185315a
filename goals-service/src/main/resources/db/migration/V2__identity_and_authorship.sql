-- A team's manager: a rep record standing for the person who runs it (they may carry no quota).
alter table team add column manager_id uuid references rep (id);
create index team_manager on team (manager_id);

-- Who created and last changed each goal and plan adjustment: the token subject of the request.
-- Rows from before authentication existed have no known author.
alter table goal add column created_by varchar(255) not null default 'unknown';
alter table goal add column updated_by varchar(255) not null default 'unknown';
alter table goal alter column created_by drop default;
alter table goal alter column updated_by drop default;
alter table plan_adjustment add column created_by varchar(255) not null default 'unknown';
alter table plan_adjustment add column updated_by varchar(255) not null default 'unknown';
alter table plan_adjustment alter column created_by drop default;
alter table plan_adjustment alter column updated_by drop default;

-- Every change to a goal's target, period or status, oldest first per goal.
create table goal_history (
    id         bigint generated always as identity primary key,
    goal_id    uuid          not null references goal (id),
    at         timestamptz   not null,
    actor      varchar(255)  not null,
    field      varchar(40)   not null,
    from_value varchar(100),
    to_value   varchar(100),
    reason     varchar(4000)
);
create index goal_history_goal on goal_history (goal_id, id);

-- The organisation in the shape the platform reads a caller's scope from (ScopeResolver).
create view org_team as select id, parent_team_id, manager_id from team;
create view org_rep as select id, email, team_id, active from rep;
