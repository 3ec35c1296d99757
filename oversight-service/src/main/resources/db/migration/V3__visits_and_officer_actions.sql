-- Visit notes as the agent network announces them (no household names): counted per agent.
create table watched_visit (
    id         uuid         primary key,
    agent_id   uuid,
    author     varchar(100) not null,
    village    varchar(12)  not null,
    visited_on date         not null
);
create index watched_visit_agent on watched_visit (agent_id, visited_on);

-- What an officer did on a case through the department inbox: the cadre evaluation of officers.
create table officer_action (
    case_number varchar(40)  not null,
    officer     varchar(100) not null,
    department  varchar(30)  not null,
    kind        varchar(24)  not null,
    at          timestamptz  not null,
    primary key (case_number, officer, kind, at)
);
create index officer_action_officer on officer_action (officer, at);
