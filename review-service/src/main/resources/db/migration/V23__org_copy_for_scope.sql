-- Who manages a team (a rep id) and each rep's e-mail, as goals-service last announced them: the
-- caller's scope is read from them (a token's e-mail names a rep; a manager reaches the teams they
-- manage). Rows consumed before these columns existed stay null until their next event or a rebuild
-- (README), so such a manager or rep has no scope here until then.
alter table rm_team add column manager_id uuid;
create index rm_team_manager on rm_team (manager_id);
alter table rm_rep add column email varchar(320);
create index rm_rep_email on rm_rep (lower(email));

-- The organisation in the shape the platform reads a caller's scope from (ScopeResolver).
create view org_team as select team_id as id, parent_team_id, manager_id from rm_team;
create view org_rep as select rep_id as id, email, team_id, active from rm_rep;
