-- Who created and last changed each activity and task: the token subject of the request.
-- Rows from before authentication existed have no known author.
alter table activity add column created_by varchar(255) not null default 'unknown';
alter table activity add column updated_by varchar(255) not null default 'unknown';
alter table activity alter column created_by drop default;
alter table activity alter column updated_by drop default;
alter table task add column created_by varchar(255) not null default 'unknown';
alter table task add column updated_by varchar(255) not null default 'unknown';
alter table task alter column created_by drop default;
alter table task alter column updated_by drop default;
