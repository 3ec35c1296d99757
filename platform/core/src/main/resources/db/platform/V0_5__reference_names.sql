-- The catalogue's jurisdictions and departments by name, as a service replicates them from catalogue.reference
-- (ReferenceReplica): documents and boards print names, not codes. Empty in a service that does not replicate.
create table reference_name (
    code       varchar(40)  primary key,
    kind       varchar(20)  not null,
    name       varchar(200) not null,
    parent     varchar(40),
    updated_at timestamptz  not null default now()
);
