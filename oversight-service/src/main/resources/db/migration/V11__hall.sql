-- The service centres' halls, from intake.queue: each number called (with how long it waited), each called number
-- nobody answered and each booking missed; one row per event (the inbox applies each once).
create table hall_event (
    event_id     uuid primary key,
    kind         varchar(20) not null,
    centre       varchar(40) not null,
    jurisdiction varchar(12) not null,
    day          date        not null,
    booked       boolean     not null,
    wait_seconds int
);
create index hall_event_jurisdiction on hall_event (jurisdiction, day);
