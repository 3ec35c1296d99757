-- The personal-data columns PersonalDataResealing has found nothing left to seal again in: it reads them no more. Every
-- value written since sealing was bound to its place is sealed so; without this each start of each replica read every
-- row of every such column (ten million cases at a province's size) to find none.
create table personal_data_resealed (
    table_name  varchar(63)  not null,
    column_name varchar(63)  not null,
    resealed_at timestamptz  not null default now(),
    primary key (table_name, column_name)
);
