-- A department's approval can issue an electronic licence (电子证照: type, number, issuer, validity, the file's
-- reference and hash); electronic delivery records which licence files it delivered.
alter table case_department add column licence jsonb;
alter table intake_case add column delivered_documents jsonb;
