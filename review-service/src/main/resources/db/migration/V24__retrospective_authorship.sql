-- Who created and last changed each retrospective: the token subject of the request. Rows from
-- before authentication existed have no known author.
alter table retrospective add column created_by varchar(255) not null default 'unknown';
alter table retrospective add column updated_by varchar(255) not null default 'unknown';
alter table retrospective alter column created_by drop default;
alter table retrospective alter column updated_by drop default;
