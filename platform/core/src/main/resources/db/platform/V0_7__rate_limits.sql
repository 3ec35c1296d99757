-- Public limits that every replica of a service shares: one row per limit and key (a client, a case number, ...)
-- holding the current fixed window's start and count. Rows of windows long past are deleted by RateLimits.
create table rate_limit (
    bucket       varchar(40)  not null,
    key          varchar(100) not null,
    window_start timestamptz  not null,
    count        int          not null,
    primary key (bucket, key)
);
create index rate_limit_window on rate_limit (window_start);
