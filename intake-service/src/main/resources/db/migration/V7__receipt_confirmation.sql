-- The resident's own confirmation that the result reached them (签收), with their applicant login: a proxy case
-- delivered by the agent, a result sent by post or electronically.
alter table intake_case add column receipt_confirmed_at timestamptz;
alter table intake_case add column receipt_confirmed_by varchar(100);
