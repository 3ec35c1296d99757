-- The history import checks each row's legacy number, and a department system's registration its file number,
-- against the cases there: an index, so neither reads the whole case table (most cases have none).
create index intake_case_legacy_number on intake_case (legacy_number) where legacy_number is not null;
