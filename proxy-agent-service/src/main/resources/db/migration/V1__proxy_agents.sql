-- The replica of catalogue.items: what may be requested and where to apply otherwise.
create table proxy_item (
    code           varchar(30)  primary key,
    version        int          not null,
    name           varchar(200) not null,
    jurisdiction   varchar(12)  not null,
    department     varchar(30),
    place          varchar(300),
    proxy_eligible boolean      not null,
    withdrawn      boolean      not null,
    materials      jsonb        not null
);

create table agent (
    id             uuid         primary key,
    subject        varchar(100) not null unique,
    name           varchar(50)  not null,
    level          varchar(10)  not null,
    jurisdiction   varchar(12)  not null,
    roles          jsonb        not null,
    party_member   boolean      not null,
    phone          varchar(30),
    active         boolean      not null,
    capacity       int          not null,
    items          jsonb        not null,
    duties         varchar(1000),
    pledge         varchar(1000),
    enterprises    jsonb        not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null
);
create index agent_jurisdiction on agent (jurisdiction, active);

create table proxy_request (
    id                uuid         primary key,
    status            varchar(24)  not null,
    item_code         varchar(30)  not null,
    item_name         varchar(200) not null,
    village           varchar(12)  not null,
    town              varchar(12)  not null,
    source            varchar(16)  not null,
    notes             varchar(1000),
    resident_name     varchar(50)  not null,
    resident_id_sealed varchar(200) not null,
    resident_id_hash  varchar(64)  not null,
    resident_id_masked varchar(30) not null,
    phone_sealed      varchar(200) not null,
    phone_masked      varchar(30)  not null,
    agent_id          uuid references agent (id),
    assigned_at       timestamptz,
    first_contact_due date,
    contacted_at      timestamptz,
    materials         jsonb        not null,
    facts             jsonb        not null,
    submitted_at      timestamptz,
    case_number       varchar(40),
    task              varchar(1000),
    completed_at      timestamptz,
    case_trips        int,
    delivered_at      timestamptz,
    closed_at         timestamptz,
    cancel_reason     varchar(500),
    requested_by      varchar(100) not null,
    requested_at      timestamptz  not null,
    updated_at        timestamptz  not null,
    row_version       int          not null default 0
);
create index proxy_request_town on proxy_request (town, status, requested_at);
create index proxy_request_agent on proxy_request (agent_id, status);

create table request_transition (
    id          bigint generated always as identity primary key,
    request_id  uuid         not null references proxy_request (id),
    at          timestamptz  not null,
    actor       varchar(100) not null,
    from_status varchar(24),
    to_status   varchar(24)  not null,
    note        varchar(1000)
);
create index request_transition_request on request_transition (request_id, id);

-- 走访手记: door-to-door visits, the public-sentiment archive.
create table visit_note (
    id          uuid         primary key,
    author      varchar(100) not null,
    agent_id    uuid references agent (id),
    village     varchar(12)  not null,
    town        varchar(12)  not null,
    visited_on  date         not null,
    household   varchar(100) not null,
    kind        varchar(12)  not null,
    topics      text[]       not null,
    problems    jsonb        not null,
    follow_ups  varchar(2000),
    created_at  timestamptz  not null
);
create index visit_note_village on visit_note (village, visited_on);
create index visit_note_topics on visit_note using gin (topics);
