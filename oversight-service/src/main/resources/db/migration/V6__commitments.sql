-- 容缺受理: when a case's commitment to bring its tolerable materials is due, and when it was kept.
alter table watched_case add column commitment_due date;
alter table watched_case add column commitment_kept_at timestamptz;
create index watched_case_open_commitment on watched_case (commitment_due) where commitment_due is not null and commitment_kept_at is null;
