-- 容缺受理: a case accepted with tolerable materials missing keeps the applicant's commitment (materials, note,
-- due date, when it was kept) with it.
alter table intake_case add column commitment jsonb;
