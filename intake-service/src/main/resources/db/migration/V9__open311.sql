-- Open311 GeoReport v2: the civic apps allowed to open cases (each with its own api_key, kept only as a hash) and
-- the requests they made, each the case it opened (a realtime service: the case exists when the request returns).
create table open311_app (
    id           uuid         primary key,
    name         varchar(100) not null,
    jurisdiction varchar(12)  not null,
    key_hash     varchar(64)  not null unique,
    issued_by    varchar(100) not null,
    issued_at    timestamptz  not null,
    active       boolean      not null default true
);

create table open311_request (
    token        uuid          primary key,
    case_id      bigint        not null unique references intake_case (id),
    app_id       uuid          not null references open311_app (id),
    requested_at timestamptz   not null,
    description  varchar(4000),
    address      varchar(300),
    lat          double precision,
    long         double precision,
    media_url    varchar(500)
);
create index open311_request_requested on open311_request (requested_at);
