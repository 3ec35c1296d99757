-- Cases a department accepted at its own counter (DEPARTMENT_COUNTER): a channel name longer than the first four.
alter table intake_case alter column channel type varchar(20);
