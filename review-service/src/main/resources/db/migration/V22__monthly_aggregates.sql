-- Monthly aggregates beside the daily ones, same columns; `day` is the first day of the month.
-- A report over a range reads the months wholly inside it from here and only the days around
-- them from the daily tables. Both are written in the same transaction.
create table agg_activity_month (like agg_activity_day including all);
create table agg_deal_month (like agg_deal_day including all);

insert into agg_activity_month (owner_id, day, activity_type, activities)
select owner_id, date_trunc('month', day)::date, activity_type, sum(activities)
from agg_activity_day group by 1, 2, 3;

insert into agg_deal_month (owner_id, day, created, won, won_amount, won_cycle_days, lost)
select owner_id, date_trunc('month', day)::date, sum(created), sum(won), sum(won_amount), sum(won_cycle_days), sum(lost)
from agg_deal_day group by 1, 2;
