-- 好差评 as the national practice records it: the channel the review came through (窗口评价器, 政务服务网, ...),
-- what it evaluates (the case, the window clerk, a department) and whom, and whether it is the default rating
-- given to a completed case its applicant did not rate in time. `channel` stays the case's own channel.
alter table review add column review_channel varchar(20);
alter table review add column evaluates varchar(20) not null default 'CASE';
alter table review add column evaluated varchar(100);
alter table review add column defaulted boolean not null default false;
alter table review alter column reviewer type varchar(100);
