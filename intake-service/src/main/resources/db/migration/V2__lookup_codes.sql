-- The public progress look-up took the case number (sequential) and the phone's last four digits: a
-- guessable pair. Each case now has a random lookup code, printed on the receipt and sent with notices;
-- it is kept sealed (to print again) and as a keyed hash (to compare). Cases opened before get theirs
-- when the service starts (LookupCodes).
alter table intake_case drop column phone_last4_hash;
alter table intake_case add column lookup_code_sealed text;
alter table intake_case add column lookup_code_hash varchar(64);
create index intake_case_without_lookup_code on intake_case (id) where lookup_code_hash is null;
