-- A team's manager, as goals-service announces it: the rep record of the person who runs the team.
alter table team add column manager_id uuid;
create index team_manager on team (manager_id);
-- A caller's token is matched to a rep by e-mail, case-insensitively.
create index rep_email on rep (lower(email));

-- The organisation in the shape the platform reads a caller's scope from (ScopeResolver).
create view org_team as select id, parent_team_id, manager_id from team;
create view org_rep as select id, email, team_id, active from rep;
