create table jurisdiction (
    code        varchar(12)  primary key,
    name        varchar(100) not null,
    level       varchar(10)  not null,
    parent_code varchar(12)  references jurisdiction (code)
);

create table department (
    code              varchar(30)  primary key,
    name              varchar(100) not null,
    jurisdiction_code varchar(12)  not null references jurisdiction (code),
    address           varchar(300),
    phone             varchar(30)
);

-- One row per version of an item; the guide whole as JSON, what lists filter on beside it.
create table item_version (
    id                bigint generated always as identity primary key,
    code              varchar(30)  not null,
    version           int          not null,
    status            varchar(12)  not null,
    guide             jsonb        not null,
    name              varchar(200) not null,
    short_name        varchar(50),
    category          varchar(40)  not null,
    jurisdiction_code varchar(12)  not null,
    department_code   varchar(30),
    proxy_eligible    boolean      not null,
    zero_trip         boolean      not null,
    reform_listed     boolean      not null,
    online            boolean      not null,
    search_grams      text[]       not null,
    created_at        timestamptz  not null,
    created_by        varchar(100) not null,
    updated_at        timestamptz  not null,
    published_at      timestamptz,
    published_by      varchar(100),
    ended_at          timestamptz,
    withdrawal_reason varchar(500),
    row_version       int          not null default 0,
    unique (code, version)
);
-- At most one open draft and one published version per item.
create unique index item_version_one_draft on item_version (code) where status = 'DRAFT';
create unique index item_version_one_published on item_version (code) where status = 'PUBLISHED';
-- The public catalogue: filters and the n-gram keyword search over published versions only. The
-- catalogue changes rarely, so the GIN index takes each change at once (no pending list): a newly
-- published item is found through the index straight away.
create index item_version_published_jurisdiction on item_version (jurisdiction_code, code) where status = 'PUBLISHED';
create index item_version_published_grams on item_version using gin (search_grams) with (fastupdate = off)
    where status = 'PUBLISHED';
