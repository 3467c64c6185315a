-- Activity touches: the live activities (not deleted) logged against an opportunity, counted per rep
-- owner, day, activity type and opportunity, so that activity effectiveness counts the distinct deals a
-- type touched in a window from one row per deal, type and day instead of one per activity. Kept beside
-- the activity aggregates (ActivityProjection, DailyAggregates), rows that reach 0 deleted; no team copy:
-- a team report reads the rows of its reps (EffectivenessQueries). The backfill below is what the
-- activities stored so far add up to.
create table agg_touch_day (
    owner_id       uuid        not null,
    day            date        not null,
    activity_type  varchar(20) not null,
    opportunity_id uuid        not null,
    activities     bigint      not null,
    primary key (owner_id, day, activity_type, opportunity_id)
);

insert into agg_touch_day (owner_id, day, activity_type, opportunity_id, activities)
select owner_id, occurred_date, type, opportunity_id, count(*)
from rm_activity where not deleted and opportunity_id is not null group by 1, 2, 3, 4;
