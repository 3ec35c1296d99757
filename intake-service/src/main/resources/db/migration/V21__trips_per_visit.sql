-- A trip is each time the applicant had to come, not each day: when they were last sent away (a one-time notice,
-- the case leaving the window for its departments), so that a return the same afternoon counts. Cases from before
-- keep the trips they were counted.
alter table intake_case add column sent_away_at timestamptz;
