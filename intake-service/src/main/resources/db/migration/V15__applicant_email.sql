-- An applicant may give an e-mail address for notices, kept like the phone: sealed, by keyed hash, masked.
alter table intake_case add column email_sealed text, add column email_hash varchar(100), add column email_masked varchar(100);
