-- The working-day calendar: holidays and make-up working days; other days follow Monday to Friday.
-- Used by the services that count deadlines (onetrip.calendar.enabled=true).
create table calendar_day (
    day  date        primary key,
    kind varchar(10) not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name varchar(50)
);
