-- The day each running case's warning falls due, kept when its event is applied (WarningDays), so the deadline
-- watch reads the cases due an alert by index instead of every open case each minute. Cases applied before this
-- column existed get theirs on the watch's next run.
alter table watched_case add column warning_on date;
create index watched_case_running_alerts on watched_case (warning_on, due_date)
    where status in ('ACCEPTED', 'ROUTED', 'IN_PROGRESS');
