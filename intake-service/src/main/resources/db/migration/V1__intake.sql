-- The replica of catalogue.items: every published version, since a case is judged by its own.
create table published_item (
    code         varchar(30)  not null,
    version      int          not null,
    name         varchar(200) not null,
    current      boolean      not null,
    withdrawn    boolean      not null,
    published_at timestamptz,
    requirements jsonb        not null,
    primary key (code, version)
);
create unique index published_item_one_current on published_item (code) where current;

-- Case numbers are readable and counted per jurisdiction and year.
create table case_number_counter (
    jurisdiction varchar(12) not null,
    year         int         not null,
    last         int         not null,
    primary key (jurisdiction, year)
);

create table intake_case (
    id                    bigint generated always as identity primary key,
    number                varchar(40)  not null unique,
    status                varchar(24)  not null,
    item_code             varchar(30)  not null,
    item_version          int          not null,
    item_name             varchar(200) not null,
    jurisdiction          varchar(12)  not null,
    channel               varchar(10)  not null,
    applicant_kind        varchar(12)  not null,
    applicant_name        varchar(100) not null,
    applicant_code_sealed varchar(200) not null,
    applicant_code_hash   varchar(64)  not null,
    applicant_code_masked varchar(30)  not null,
    phone_sealed          varchar(200) not null,
    phone_hash            varchar(64)  not null,
    phone_masked          varchar(30)  not null,
    phone_last4_hash      varchar(64)  not null,
    applicant_class       varchar(40),
    rule_code             varchar(40),
    facts                 jsonb        not null,
    materials             jsonb        not null,
    notice                jsonb,
    promised_days         int,
    accepted_at           timestamptz,
    accepted_on           date,
    due_date              date,
    suspended_on          date,
    decision              varchar(10),
    result                varchar(500),
    completed_at          timestamptz,
    delivery_method       varchar(20),
    delivered_at          timestamptz,
    closing_reason        varchar(500),
    trips                 int          not null default 0,
    proxy_request_id      uuid unique,
    submitted_by          varchar(100) not null,
    submitted_at          timestamptz  not null,
    updated_at            timestamptz  not null,
    row_version           int          not null default 0
);
create index intake_case_jurisdiction on intake_case (jurisdiction, status, submitted_at);
create index intake_case_applicant on intake_case (applicant_code_hash);
create index intake_case_submitted_by on intake_case (submitted_by, submitted_at);

create table case_transition (
    id          bigint generated always as identity primary key,
    case_id     bigint       not null references intake_case (id),
    at          timestamptz  not null,
    actor       varchar(100) not null,
    from_status varchar(24),
    to_status   varchar(24)  not null,
    note        varchar(1000)
);
create index case_transition_case on case_transition (case_id, id);

create table case_department (
    id              bigint generated always as identity primary key,
    case_id         bigint      not null references intake_case (id),
    department      varchar(30) not null,
    role            varchar(12) not null,
    stage           varchar(14) not null,
    decision        varchar(10),
    result_document varchar(200),
    decided_at      timestamptz,
    unique (case_id, department)
);
create index case_department_inbox on case_department (department, stage);

create table case_visit (
    id          bigint generated always as identity primary key,
    case_id     bigint       not null references intake_case (id),
    at          timestamptz  not null,
    purpose     varchar(200) not null,
    recorded_by varchar(100) not null
);

-- Every read of a case's full personal data: who, in which role, when.
create table personal_data_read (
    id      bigint generated always as identity primary key,
    case_id bigint       not null references intake_case (id),
    actor   varchar(100) not null,
    role    varchar(20)  not null,
    at      timestamptz  not null
);
