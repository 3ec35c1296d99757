-- Events waiting to be published: written in the same transaction as the change they announce.
create table outbox_event (
    id         bigint generated always as identity primary key,
    event_id   uuid         not null unique,
    topic      varchar(200) not null,
    event_key  varchar(200) not null,
    event_type varchar(200) not null,
    source     varchar(200) not null,
    payload    text         not null,
    created_at timestamptz  not null default now(),
    sent_at    timestamptz
);
-- The relay reads only what is pending, in order.
create index outbox_event_pending on outbox_event (id) where sent_at is null;
create index outbox_event_sent on outbox_event (sent_at) where sent_at is not null;

-- Events a consumer has applied, recorded in the same transaction as their effect.
create table inbox_event (
    consumer   varchar(100) not null,
    event_id   uuid         not null,
    event_type varchar(200) not null,
    applied_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
