-- Read models kept from the events of the other services.
create table watched_item (
    code           varchar(30)  primary key,
    name           varchar(200) not null,
    jurisdiction   varchar(12)  not null,
    reform_listed  boolean      not null,
    proxy_eligible boolean      not null,
    zero_trip      boolean      not null,
    published_at   timestamptz  not null,
    withdrawn_at   timestamptz
);

create table watched_case (
    number         varchar(40)  primary key,
    item_code      varchar(30)  not null,
    item_name      varchar(200) not null,
    jurisdiction   varchar(12)  not null,
    departments    text[]       not null,
    channel        varchar(10)  not null,
    status         varchar(24)  not null,
    submitted_by   varchar(100),
    submitted_at   timestamptz  not null,
    accepted_on    date,
    promised_days  int,
    due_date       date,
    suspended_on   date,
    completed_at   timestamptz,
    trips          int          not null,
    last_event_at  timestamptz  not null
);
create index watched_case_open on watched_case (status, due_date);
create index watched_case_jurisdiction on watched_case (jurisdiction, submitted_at);

create table watched_request (
    id                uuid         primary key,
    item_code         varchar(30)  not null,
    village           varchar(12)  not null,
    town              varchar(12)  not null,
    agent_id          uuid,
    status            varchar(24)  not null,
    requested_at      timestamptz  not null,
    first_contact_due date,
    contacted_at      timestamptz,
    delivered_at      timestamptz,
    case_trips        int,
    last_event_at     timestamptz  not null
);

-- One alert per kind and subject, whichever replica raises it first.
create table alert (
    id           uuid         primary key,
    kind         varchar(24)  not null,
    subject      varchar(60)  not null,
    jurisdiction varchar(12)  not null,
    department   varchar(30),
    item_code    varchar(30),
    due_date     date,
    raised_on    date         not null,
    raised_at    timestamptz  not null,
    unique (kind, subject)
);
create index alert_list on alert (jurisdiction, raised_on);

-- 好差评 and their rectification.
create table review (
    id             uuid         primary key,
    case_number    varchar(40)  not null,
    round          int          not null,
    rating         varchar(24)  not null,
    comment        varchar(1000),
    dimensions     jsonb        not null,
    reviewer       varchar(100) not null,
    channel        varchar(10)  not null,
    jurisdiction   varchar(12)  not null,
    departments    text[]       not null,
    reviewed_at    timestamptz  not null,
    excluded       boolean      not null default false,
    unique (case_number, round)
);

create table rectification (
    id              uuid         primary key,
    review_id       uuid         not null unique references review (id),
    case_number     varchar(40)  not null,
    department      varchar(30)  not null,
    jurisdiction    varchar(12)  not null,
    status          varchar(20)  not null,
    opened_on       date         not null,
    callback_due    date         not null,
    called_back_at  timestamptz,
    callback_note   varchar(1000),
    report_due      date         not null,
    reported_at     timestamptz,
    report          varchar(2000),
    verified_at     timestamptz,
    verified_by     varchar(100),
    verdict         varchar(1000),
    appeal_reason   varchar(1000),
    appeal_decision varchar(10),
    row_version     int          not null default 0
);

-- 投诉举报.
create table complaint (
    id           uuid         primary key,
    source       varchar(10)  not null,
    content      varchar(2000) not null,
    jurisdiction varchar(12)  not null,
    case_number  varchar(40),
    agent_id     uuid,
    department   varchar(30),
    status       varchar(12)  not null,
    received_on  date         not null,
    reply_due    date         not null,
    reply        varchar(2000),
    replied_at   timestamptz,
    outcome      varchar(1000),
    closed_at    timestamptz,
    registered_by varchar(100) not null,
    row_version  int          not null default 0
);
create index complaint_department on complaint (department, status);

-- The weekly public board: one immutable report per jurisdiction and week.
create table weekly_report (
    jurisdiction varchar(12) not null,
    week_start   date        not null,
    figures      jsonb       not null,
    made_at      timestamptz not null,
    primary key (jurisdiction, week_start)
);
