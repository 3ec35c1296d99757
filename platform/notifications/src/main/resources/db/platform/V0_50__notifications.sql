-- Messages to residents (platform-notifications; numbered apart from platform-core's own V0_n so both can grow).
-- A message is recorded in the transaction of the change that calls for it, once per event, kind and channel,
-- and sent after commit by NotificationSender, retried with a growing pause. The address is kept sealed only
-- until the message is sent or given up; the record keeps it masked.
create table notification (
    id               uuid primary key,
    source_event     uuid         not null,
    kind             varchar(60)  not null,
    channel          varchar(10)  not null,
    reference        varchar(60),
    jurisdiction     varchar(12),
    recipient_sealed text,
    recipient_hash   varchar(100) not null,
    recipient_masked varchar(100) not null,
    subject          varchar(200) not null,
    body             text         not null,
    status           varchar(12)  not null,
    attempts         int          not null default 0,
    next_attempt_at  timestamptz,
    provider_answer  varchar(500),
    created_at       timestamptz  not null,
    sent_at          timestamptz,
    unique (source_event, kind, channel)
);
create index notification_due on notification (next_attempt_at) where status = 'PENDING';
create index notification_reference on notification (reference, created_at);
create index notification_jurisdiction on notification (jurisdiction, created_at);

-- A town's own wording of a message, per item category (the item code's type letters, * for every category).
create table notification_template (
    category   varchar(10)  not null,
    kind       varchar(60)  not null,
    subject    varchar(200) not null,
    body       text         not null,
    updated_at timestamptz  not null,
    updated_by varchar(100) not null,
    primary key (category, kind)
);

-- A resident who asked to receive no more messages on a channel, by the keyed hash of the address.
create table notification_opt_out (
    channel        varchar(10)  not null,
    recipient_hash varchar(100) not null,
    at             timestamptz  not null,
    primary key (channel, recipient_hash)
);
