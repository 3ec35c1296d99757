-- A town moving onto OneTrip brings its case files: imported cases keep their original dates and the number they
-- had, and are marked so that nothing is sent to departments again and nothing rates them by default.
alter table intake_case add column imported boolean not null default false;
alter table intake_case add column legacy_number varchar(60);
