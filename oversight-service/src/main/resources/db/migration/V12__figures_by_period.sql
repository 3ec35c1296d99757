-- Figures count the cases, reviews and requests of a period, not every row of a jurisdiction: each count seeks the
-- column of its own period (bench scenario 8: a province keeps tens of millions of cases). A town's or a district's
-- period is read through the jurisdiction's part of an index (pattern_ops, so LIKE 'code%' seeks whatever the
-- database's collation), the province's through the period alone.
drop index watched_case_jurisdiction;
create index watched_case_jurisdiction_submitted on watched_case (jurisdiction varchar_pattern_ops, submitted_at);
create index watched_case_submitted on watched_case (submitted_at);
create index watched_case_jurisdiction_accepted on watched_case (jurisdiction varchar_pattern_ops, accepted_on)
    where accepted_on is not null;
create index watched_case_accepted on watched_case (accepted_on) where accepted_on is not null;
create index watched_case_jurisdiction_completed on watched_case (jurisdiction varchar_pattern_ops, completed_at)
    where completed_at is not null;
create index watched_case_completed on watched_case (completed_at) where completed_at is not null;
-- 容缺受理: the few cases accepted on a commitment, by the day they were accepted and the day the materials are due.
create index watched_case_commitment_accepted on watched_case (accepted_on) where commitment_due is not null;
create index watched_case_commitment_due on watched_case (commitment_due) where commitment_due is not null;
create index review_jurisdiction_reviewed on review (jurisdiction varchar_pattern_ops, reviewed_at);
create index review_reviewed on review (reviewed_at);
create index watched_request_requested on watched_request (requested_at);
create index watched_request_delivered on watched_request (delivered_at) where delivered_at is not null;
