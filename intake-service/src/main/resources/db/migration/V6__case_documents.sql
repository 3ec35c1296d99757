-- The documents the window hands out (一次性告知书, 受理通知书, 不予受理决定书, 补正材料通知书, 送达回证), as issued:
-- never changed afterwards; a re-issue is a new row with a new number that names the one it replaces.
create table case_document (
    id          uuid         primary key,
    case_id     bigint       not null references intake_case (id),
    kind        varchar(30)  not null,
    number      varchar(100) not null unique,
    replaces    varchar(100),
    -- what the act said (a refusal's reasons, a department's request) and the department that acted: a re-issue
    -- writes the document again from the case and these
    department  varchar(30),
    note        text,
    issued_at   timestamptz  not null,
    issued_by   varchar(100) not null,
    content     jsonb        not null
);
create index case_document_case on case_document (case_id, issued_at);

-- Document numbers run per issuing jurisdiction, year and kind: 义桥〔2026〕受字第 0001 号.
create table document_counter (
    jurisdiction varchar(12) not null,
    year         integer     not null,
    kind         varchar(30) not null,
    last         integer     not null,
    primary key (jurisdiction, year, kind)
);
