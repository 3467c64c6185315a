-- Empties review-service's read model and its inbox, for a rebuild from the topics (README).
-- Run only while no review-service instance is running.
begin;
truncate table rm_team, rm_rep, rm_goal, rm_pipeline, rm_opportunity, rm_stage_move, rm_activity,
    agg_activity_day, agg_deal_day, agg_activity_month, agg_deal_month, agg_team_activity_day,
    agg_team_activity_month, agg_team_deal_day, agg_team_deal_month, agg_touch_day, agg_conversion,
    agg_conversion_change, agg_team_conversion, agg_team_conversion_change, inbox_event;
commit;
