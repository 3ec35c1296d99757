-- The role a case was submitted in (intake's submittedAs): only an applicant's own online case is theirs
-- to rate. Cases before this are placed by their channel, as intake placed them.
alter table watched_case add column submitted_as varchar(20);
update watched_case set submitted_as = case when channel = 'PROXY' then 'system'
                                            when channel in ('ONLINE', 'MOBILE') then 'applicant'
                                            else 'clerk' end;
