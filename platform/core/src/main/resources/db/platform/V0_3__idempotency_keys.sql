-- The first answer to a POST sent with an Idempotency-Key, so that a client retrying on a flaky mobile
-- network gets it again instead of a second case (IdempotentRequests). Kept 24 hours.
create table idempotency_key (
    caller       varchar(200) not null,
    operation    varchar(100) not null,
    idem_key     varchar(200) not null,
    request_hash varchar(64)  not null,
    status       int          not null,
    location     text,
    body         text         not null,
    created_at   timestamptz  not null default now(),
    primary key (caller, operation, idem_key)
);
create index idempotency_key_created on idempotency_key (created_at);
