-- When the owner expects the deal to close, as pipeline-service last announced it (null when not
-- set). Feasibility sums the open amount expected to close within a goal's period. Rows written
-- before this column existed stay null until the opportunity's next event or a rebuild (README).
alter table rm_opportunity add column expected_close_date date;
create index rm_opportunity_expected_close on rm_opportunity (expected_close_date);
