create table probe (
    id        bigint generated always as identity primary key,
    aggregate varchar(100) not null,
    seq       int          not null
);
create table probe_applied (
    id        bigint generated always as identity primary key,
    aggregate varchar(100) not null,
    seq       int          not null,
    event_id  uuid         not null
);
