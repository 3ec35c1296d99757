-- Whose case it is was known by the subject alone, so an applicant whose subject equalled a clerk's login
-- would have owned the clerk's cases. The role a case was submitted in is kept beside the subject; cases
-- before this are placed by their channel (applicants submit only online or by mobile; a proxy case by
-- its agent; the rest at the window).
alter table intake_case add column submitted_as varchar(20);
update intake_case set submitted_as = case when channel = 'PROXY' then 'system'
                                           when channel in ('ONLINE', 'MOBILE') then 'applicant'
                                           else 'clerk' end;
alter table intake_case alter column submitted_as set not null;
