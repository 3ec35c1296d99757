-- A province's figures for a year counted hundreds of thousands of cases in each statement, and a province keeps tens
-- of millions (bench scenario 8: 2.2 s at a million cases). The counts the figures take of cases are kept here instead,
-- per jurisdiction and China day, by PostgreSQL itself whenever a case is written, however it is written (an event
-- applied, an import, a bulk load): a case counts in its town's row and in its district's, city's and province's, so a
-- figure of any jurisdiction for any period sums one row a day.
create table case_day (
    jurisdiction          varchar(12) not null,
    day                   date        not null,
    submitted             int         not null,
    accepted              int         not null,
    -- 容缺受理: accepted on a commitment; commitments due that day, kept by it or not (yet)
    tolerated             int         not null,
    commitments_kept      int         not null,
    commitments_broken    int         not null,
    completed             int         not null,
    through_window        int         not null,
    on_time               int         not null,
    zero_trip             int         not null,
    at_most_one_trip      int         not null,
    by_window             int         not null,
    by_proxy              int         not null,
    by_department_counter int         not null,
    by_online             int         not null,
    primary key (jurisdiction, day)
);

-- What one case adds to the counts (sign 1) or takes away from them (sign -1): a row for each day something of it is
-- counted on, for its jurisdiction and every one above it (the code's first 2, 4, 6 and 9 digits).
create function case_day_rows(c watched_case, sign int)
returns table (jurisdiction varchar, day date, submitted int, accepted int, tolerated int, commitments_kept int,
               commitments_broken int, completed int, through_window int, on_time int, zero_trip int, at_most_one_trip int,
               by_window int, by_proxy int, by_department_counter int, by_online int)
language sql stable as $$
    select left(c.jurisdiction, level)::varchar, e.day, sign * e.submitted, sign * e.accepted, sign * e.tolerated,
           sign * e.kept, sign * e.broken, sign * e.completed, sign * e.through_window, sign * e.on_time, sign * e.zero_trip,
           sign * e.at_most_one_trip, sign * e.by_window, sign * e.by_proxy, sign * e.by_department_counter, sign * e.by_online
    from (values
        ((c.submitted_at at time zone 'Asia/Shanghai')::date, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        (c.accepted_on, 0, 1, (c.commitment_due is not null)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        (c.commitment_due, 0, 0, 0,
         coalesce((c.commitment_kept_at at time zone 'Asia/Shanghai')::date <= c.commitment_due, false)::int,
         coalesce((c.commitment_kept_at at time zone 'Asia/Shanghai')::date > c.commitment_due, true)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        ((c.completed_at at time zone 'Asia/Shanghai')::date, 0, 0, 0, 0, 0, 1,
         (c.channel in ('WINDOW', 'PROXY'))::int,
         coalesce((c.completed_at at time zone 'Asia/Shanghai')::date <= c.due_date, false)::int,
         (c.trips = 0)::int, (c.trips <= 1)::int, (c.channel = 'WINDOW')::int, (c.channel = 'PROXY')::int,
         (c.channel = 'DEPARTMENT_COUNTER')::int, (c.channel in ('ONLINE', 'MOBILE'))::int)
    ) e(day, submitted, accepted, tolerated, kept, broken, completed, through_window, on_time, zero_trip, at_most_one_trip,
        by_window, by_proxy, by_department_counter, by_online),
    unnest(array[2, 4, 6, 9, 12]) level
    where e.day is not null and level <= length(c.jurisdiction)
$$;

-- The cases before a statement and after it, netted per jurisdiction and day: a change that moves no count (most
-- events change a case's status only) writes nothing. Rows are taken in key order, so two writers never wait for
-- each other in a circle.
create function case_day_change(before watched_case[], after watched_case[]) returns void
language plpgsql as $$
begin
    insert into case_day as d
    select r.jurisdiction, r.day, sum(r.submitted), sum(r.accepted), sum(r.tolerated), sum(r.commitments_kept),
           sum(r.commitments_broken), sum(r.completed), sum(r.through_window), sum(r.on_time), sum(r.zero_trip),
           sum(r.at_most_one_trip), sum(r.by_window), sum(r.by_proxy), sum(r.by_department_counter), sum(r.by_online)
    from (select x.* from unnest(before) b, case_day_rows(b, -1) x
          union all
          select x.* from unnest(after) a, case_day_rows(a, 1) x) r
    group by r.jurisdiction, r.day
    having (sum(r.submitted), sum(r.accepted), sum(r.tolerated), sum(r.commitments_kept), sum(r.commitments_broken),
            sum(r.completed), sum(r.through_window), sum(r.on_time), sum(r.zero_trip), sum(r.at_most_one_trip),
            sum(r.by_window), sum(r.by_proxy), sum(r.by_department_counter), sum(r.by_online))
           <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    order by r.jurisdiction, r.day
    on conflict (jurisdiction, day) do update set
        submitted = d.submitted + excluded.submitted, accepted = d.accepted + excluded.accepted,
        tolerated = d.tolerated + excluded.tolerated, commitments_kept = d.commitments_kept + excluded.commitments_kept,
        commitments_broken = d.commitments_broken + excluded.commitments_broken, completed = d.completed + excluded.completed,
        through_window = d.through_window + excluded.through_window, on_time = d.on_time + excluded.on_time,
        zero_trip = d.zero_trip + excluded.zero_trip, at_most_one_trip = d.at_most_one_trip + excluded.at_most_one_trip,
        by_window = d.by_window + excluded.by_window, by_proxy = d.by_proxy + excluded.by_proxy,
        by_department_counter = d.by_department_counter + excluded.by_department_counter,
        by_online = d.by_online + excluded.by_online;
end $$;

-- Cases written or removed: once per statement, with every row it wrote (a bulk load is counted in one pass).
create function case_day_counted() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform case_day_change('{}', array(select n::watched_case from new_rows n));
    else
        perform case_day_change(array(select o::watched_case from old_rows o), '{}');
    end if;
    return null;
end $$;

-- A case changed: only when something counted changed (most events change its status alone, and PostgreSQL decides
-- that before calling anything; counting every update cost a third of oversight's catch-up, bench scenario 6).
create function case_day_changed() returns trigger
language plpgsql as $$
begin
    perform case_day_change(array[old], array[new]);
    return null;
end $$;

create trigger case_day_inserted after insert on watched_case referencing new table as new_rows
    for each statement execute function case_day_counted();
create trigger case_day_deleted after delete on watched_case referencing old table as old_rows
    for each statement execute function case_day_counted();
create trigger case_day_updated after update on watched_case for each row
    when (old.jurisdiction is distinct from new.jurisdiction or old.submitted_at is distinct from new.submitted_at
          or old.accepted_on is distinct from new.accepted_on or old.due_date is distinct from new.due_date
          or old.completed_at is distinct from new.completed_at or old.channel is distinct from new.channel
          or old.trips is distinct from new.trips or old.commitment_due is distinct from new.commitment_due
          or old.commitment_kept_at is distinct from new.commitment_kept_at)
    execute function case_day_changed();

-- The cases kept before, 50,000 at a time.
do $$
declare
    batch watched_case[];
    last varchar := '';
begin
    loop
        batch := array(select c from watched_case c where number > last order by number limit 50000);
        exit when cardinality(batch) = 0;
        perform case_day_change('{}', batch);
        last := batch[cardinality(batch)].number;
    end loop;
end $$;

-- What only those counts read.
drop index watched_case_submitted;
drop index watched_case_jurisdiction_accepted;
drop index watched_case_accepted;
drop index watched_case_commitment_accepted;
drop index watched_case_commitment_due;
