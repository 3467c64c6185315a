-- goals-service keeps targets as numeric(19,4) (a WIN_RATE of 0.2525); this copy kept 2 decimals and
-- reported 0.25. Widening the scale changes no stored value.
alter table rm_goal alter column target_value type numeric(19,4);
