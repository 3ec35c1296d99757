-- The ranking summed a period's whole months from department_month and counted the days before and after them from
-- the cases: at ten million cases a province's year to 6 December read 53,701 cases scattered over the whole table
-- (1.2 s of its 1.3 s, bench scenario 8), and a period from the 2nd of a month to the 30th of another reads two months
-- of them. So the completions are kept per department and China day as well, in rows written in the order the days
-- come (few pages for a few days); the figures take the whole months from department_month and only the days around
-- them from here. One function keeps both from the same rows.
create table department_day (
    jurisdiction varchar(12) not null,
    department   text        not null,
    day          date        not null,
    completed    int         not null,
    on_time      int         not null,
    primary key (jurisdiction, department, day)
);

-- A town's days by its prefix, the province's (every row matches its prefix) by the days alone.
create index department_day_area on department_day (jurisdiction varchar_pattern_ops, day);
create index department_day_day on department_day (day);

-- What one completed case adds (sign 1) or takes away (sign -1): a row for each of its departments on the China day it
-- was completed, as the ranking counted them.
create function department_rows(c watched_case, sign int)
returns table (jurisdiction varchar, department text, day date, completed int, on_time int)
language sql stable as $$
    select c.jurisdiction, d, (c.completed_at at time zone 'Asia/Shanghai')::date, sign,
           sign * coalesce((c.completed_at at time zone 'Asia/Shanghai')::date <= c.due_date, false)::int
    from unnest(c.departments) d
    where c.completed_at is not null
$$;

-- The cases before a statement and after it, netted as case_day_change nets them, into the days and the months alike;
-- rows taken in key order so that concurrent statements lock them in the same order.
create function department_change(before watched_case[], after watched_case[]) returns void
language plpgsql as $$
begin
    with netted as materialized (
        select r.jurisdiction, r.department, r.day, sum(r.completed) completed, sum(r.on_time) on_time
        from (select x.* from unnest(before) b, department_rows(b, -1) x
              union all
              select x.* from unnest(after) a, department_rows(a, 1) x) r
        group by r.jurisdiction, r.department, r.day
        having (sum(r.completed), sum(r.on_time)) <> (0, 0)),
    months as (
        insert into department_month as m
        select jurisdiction, department, date_trunc('month', day)::date, sum(completed), sum(on_time)
        from netted group by 1, 2, 3 order by 1, 2, 3
        on conflict (jurisdiction, department, month) do update set
            completed = m.completed + excluded.completed, on_time = m.on_time + excluded.on_time)
    insert into department_day as d
    select jurisdiction, department, day, completed, on_time from netted order by 1, 2, 3
    on conflict (jurisdiction, department, day) do update set
        completed = d.completed + excluded.completed, on_time = d.on_time + excluded.on_time;
end $$;

create or replace function case_day_counted() returns trigger
language plpgsql as $$
declare
    written watched_case[];
begin
    if tg_op = 'INSERT' then
        written := array(select n::watched_case from new_rows n);
        perform case_day_change('{}', written);
        perform department_change('{}', written);
    else
        written := array(select o::watched_case from old_rows o);
        perform case_day_change(written, '{}');
        perform department_change(written, '{}');
    end if;
    return null;
end $$;

create or replace function case_day_changed() returns trigger
language plpgsql as $$
begin
    perform case_day_change(array[old], array[new]);
    perform department_change(array[old], array[new]);
    return null;
end $$;

drop function department_month_change(watched_case[], watched_case[]);
drop function department_month_rows(watched_case, int);

-- The days and months of the cases completed before, counted again by the one function from the same rows, 50,000
-- cases at a time.
truncate department_month;
do $$
declare
    batch watched_case[];
    last varchar := '';
begin
    loop
        batch := array(select c from watched_case c where number > last order by number limit 50000);
        exit when cardinality(batch) = 0;
        perform department_change('{}', batch);
        last := batch[cardinality(batch)].number;
    end loop;
end $$;
