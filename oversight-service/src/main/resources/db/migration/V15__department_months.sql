-- The ranking of departments read every case completed in the period: a province's year is every department of its
-- 1,300 towns and a third of its cases (bench scenario 8: 1.1 s of the province's 1.4 s at a million cases). A day a
-- department would hardly count more than one case in a row, so the counts are kept per department and China month,
-- in the row of the case's own jurisdiction (a place and all below it is a prefix of it); the figures sum the period's
-- whole months here and count the days before and after them from the cases (FiguresCalculator).
create table department_month (
    jurisdiction varchar(12) not null,
    department   text        not null,
    month        date        not null,
    completed    int         not null,
    on_time      int         not null,
    primary key (jurisdiction, department, month)
);

create index department_month_area on department_month (jurisdiction varchar_pattern_ops, month);

-- What one completed case adds (sign 1) or takes away (sign -1): a row for each of its departments, as the ranking
-- counted them.
create function department_month_rows(c watched_case, sign int)
returns table (jurisdiction varchar, department text, month date, completed int, on_time int)
language sql stable as $$
    select c.jurisdiction, d, date_trunc('month', c.completed_at at time zone 'Asia/Shanghai')::date, sign,
           sign * coalesce((c.completed_at at time zone 'Asia/Shanghai')::date <= c.due_date, false)::int
    from unnest(c.departments) d
    where c.completed_at is not null
$$;

-- The cases before a statement and after it, netted as case_day_change nets them, rows taken in key order.
create function department_month_change(before watched_case[], after watched_case[]) returns void
language plpgsql as $$
begin
    insert into department_month as m
    select r.jurisdiction, r.department, r.month, sum(r.completed), sum(r.on_time)
    from (select x.* from unnest(before) b, department_month_rows(b, -1) x
          union all
          select x.* from unnest(after) a, department_month_rows(a, 1) x) r
    group by r.jurisdiction, r.department, r.month
    having (sum(r.completed), sum(r.on_time)) <> (0, 0)
    order by r.jurisdiction, r.department, r.month
    on conflict (jurisdiction, department, month) do update set
        completed = m.completed + excluded.completed, on_time = m.on_time + excluded.on_time;
end $$;

-- The triggers of V14 keep both.
create or replace function case_day_counted() returns trigger
language plpgsql as $$
declare
    written watched_case[];
begin
    if tg_op = 'INSERT' then
        written := array(select n::watched_case from new_rows n);
        perform case_day_change('{}', written);
        perform department_month_change('{}', written);
    else
        written := array(select o::watched_case from old_rows o);
        perform case_day_change(written, '{}');
        perform department_month_change(written, '{}');
    end if;
    return null;
end $$;

create or replace function case_day_changed() returns trigger
language plpgsql as $$
begin
    perform case_day_change(array[old], array[new]);
    perform department_month_change(array[old], array[new]);
    return null;
end $$;

-- A case's departments change as it is routed, before it is completed: counted only when it is or was completed.
drop trigger case_day_updated on watched_case;
create trigger case_day_updated after update on watched_case for each row
    when (old.jurisdiction is distinct from new.jurisdiction or old.submitted_at is distinct from new.submitted_at
          or old.accepted_on is distinct from new.accepted_on or old.due_date is distinct from new.due_date
          or old.completed_at is distinct from new.completed_at or old.channel is distinct from new.channel
          or old.trips is distinct from new.trips or old.commitment_due is distinct from new.commitment_due
          or old.commitment_kept_at is distinct from new.commitment_kept_at
          or (old.departments is distinct from new.departments
              and (old.completed_at is not null or new.completed_at is not null)))
    execute function case_day_changed();

-- The cases completed before, 50,000 at a time.
do $$
declare
    batch watched_case[];
    last varchar := '';
begin
    loop
        batch := array(select c from watched_case c where number > last order by number limit 50000);
        exit when cardinality(batch) = 0;
        perform department_month_change('{}', batch);
        last := batch[cardinality(batch)].number;
    end loop;
end $$;
