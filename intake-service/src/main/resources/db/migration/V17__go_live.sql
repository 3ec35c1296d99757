-- The day a jurisdiction started working on OneTrip: only cases finished before it may be imported as history
-- (HistoryImport); a case of that day or later was, or must be, entered at the window.
create table go_live (
    jurisdiction varchar(12)  primary key,
    day          date         not null,
    updated_by   varchar(200) not null,
    updated_at   timestamptz  not null
);
