-- Refused attempts to read a case's full personal data are part of the trail too.
alter table personal_data_read add column granted boolean not null default true;
create index personal_data_read_case on personal_data_read (case_id, at);
