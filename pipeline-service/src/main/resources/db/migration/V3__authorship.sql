-- Who created and last changed each opportunity, and who made each stage move: the token subject
-- of the request. Rows from before authentication existed have no known author.
alter table opportunity add column created_by varchar(255) not null default 'unknown';
alter table opportunity add column updated_by varchar(255) not null default 'unknown';
alter table opportunity alter column created_by drop default;
alter table opportunity alter column updated_by drop default;
alter table stage_change add column moved_by varchar(255) not null default 'unknown';
alter table stage_change alter column moved_by drop default;
