-- 人大代表评议: a deputy's scores of a department or town for a quarter, once.
create table assessment (
    id          uuid         primary key,
    quarter     varchar(7)   not null,
    deputy      varchar(100) not null,
    target_kind varchar(12)  not null,
    target      varchar(30)  not null,
    scores      jsonb        not null,
    comment     varchar(2000),
    scored_at   timestamptz  not null,
    unique (quarter, deputy, target)
);
create index assessment_quarter on assessment (quarter, target);

-- 党员评议: incidents recorded against a cadre (an agent or a department); exempt ones (容错免责) do not count.
create table incident (
    id            uuid          primary key,
    cadre_kind    varchar(12)   not null,
    cadre         varchar(60)   not null,
    kind          varchar(12)   not null,
    description   varchar(2000) not null,
    occurred_on   date          not null,
    exempt        boolean       not null,
    exempt_reason varchar(1000),
    recorded_by   varchar(100)  not null,
    recorded_at   timestamptz   not null
);
create index incident_cadre on incident (cadre, occurred_on);
