-- How far the inbox has handled each partition it reads, written in the transaction of each event: after a
-- rebalance or a restart the consumer resumes from here (InboxPositions), so a record Kafka's committed offset
-- passed without it being applied (one deferred while the service stopped) is read again, not lost.
create table inbox_position (
    topic      varchar(249) not null,
    partition  integer      not null,
    position   bigint       not null,
    updated_at timestamptz  not null default now(),
    primary key (topic, partition)
);
