-- Team aggregates: the daily and monthly rows of agg_activity_* and agg_deal_* summed per team, so that a
-- team report reads one row per team, day (or month) and type instead of one per rep. owner_id is the
-- team: its rows sum the reps whose team it is now (rm_rep.team_id), the rule every team report follows;
-- a rep who changes team takes their history along (DailyAggregates.moveRep). A team report reads the
-- rows of the team and its sub-teams.
create table agg_team_activity_day (like agg_activity_day including all);
create table agg_team_activity_month (like agg_activity_month including all);
create table agg_team_deal_day (like agg_deal_day including all);
create table agg_team_deal_month (like agg_deal_month including all);

insert into agg_team_activity_day (owner_id, day, activity_type, activities)
select r.team_id, a.day, a.activity_type, sum(a.activities)
from agg_activity_day a join rm_rep r on r.rep_id = a.owner_id where r.team_id is not null group by 1, 2, 3;

insert into agg_team_activity_month (owner_id, day, activity_type, activities)
select r.team_id, a.day, a.activity_type, sum(a.activities)
from agg_activity_month a join rm_rep r on r.rep_id = a.owner_id where r.team_id is not null group by 1, 2, 3;

insert into agg_team_deal_day (owner_id, day, created, won, won_amount, won_cycle_days, lost)
select r.team_id, a.day, sum(a.created), sum(a.won), sum(a.won_amount), sum(a.won_cycle_days), sum(a.lost)
from agg_deal_day a join rm_rep r on r.rep_id = a.owner_id where r.team_id is not null group by 1, 2;

insert into agg_team_deal_month (owner_id, day, created, won, won_amount, won_cycle_days, lost)
select r.team_id, a.day, sum(a.created), sum(a.won), sum(a.won_amount), sum(a.won_cycle_days), sum(a.lost)
from agg_deal_month a join rm_rep r on r.rep_id = a.owner_id where r.team_id is not null group by 1, 2;
