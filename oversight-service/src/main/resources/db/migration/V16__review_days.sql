-- The figures' reviews read every review of the period twice (the distribution by each case's latest rating, the
-- defaults): a province's year is a third of its cases' reviews. Their counts are kept per jurisdiction and China day
-- as case_day keeps the cases' (V14), for the review's place and every one above it, of the reviews that count (not
-- excluded by an upheld appeal). What the figures count from the reviews themselves is small: the bad first ratings
-- (their rectifications) and the first ratings a second one replaced within the period.
create table review_day (
    jurisdiction        varchar(12) not null,
    day                 date        not null,
    very_satisfied      int         not null,
    satisfied           int         not null,
    basically_satisfied int         not null,
    dissatisfied        int         not null,
    very_dissatisfied   int         not null,
    defaulted           int         not null,
    primary key (jurisdiction, day)
);

-- A place and every place above it: the code's first 2, 4, 6, 9 and 12 digits, as far as it goes.
create function jurisdiction_and_above(code varchar) returns setof varchar
language sql immutable as $$
    select left(code, level)::varchar from unnest(array[2, 4, 6, 9, 12]) level where level <= length(code)
$$;

create function review_day_rows(r review, sign int)
returns table (jurisdiction varchar, day date, very_satisfied int, satisfied int, basically_satisfied int, dissatisfied int,
               very_dissatisfied int, defaulted int)
language sql stable as $$
    select j, (r.reviewed_at at time zone 'Asia/Shanghai')::date, sign * (r.rating = 'VERY_SATISFIED')::int,
           sign * (r.rating = 'SATISFIED')::int, sign * (r.rating = 'BASICALLY_SATISFIED')::int,
           sign * (r.rating = 'DISSATISFIED')::int, sign * (r.rating = 'VERY_DISSATISFIED')::int, sign * r.defaulted::int
    from jurisdiction_and_above(r.jurisdiction) j
    where not r.excluded
$$;

create function review_day_change(before review[], after review[]) returns void
language plpgsql as $$
begin
    insert into review_day as d
    select r.jurisdiction, r.day, sum(r.very_satisfied), sum(r.satisfied), sum(r.basically_satisfied), sum(r.dissatisfied),
           sum(r.very_dissatisfied), sum(r.defaulted)
    from (select x.* from unnest(before) b, review_day_rows(b, -1) x
          union all
          select x.* from unnest(after) a, review_day_rows(a, 1) x) r
    group by r.jurisdiction, r.day
    having (sum(r.very_satisfied), sum(r.satisfied), sum(r.basically_satisfied), sum(r.dissatisfied), sum(r.very_dissatisfied),
            sum(r.defaulted)) <> (0, 0, 0, 0, 0, 0)
    order by r.jurisdiction, r.day
    on conflict (jurisdiction, day) do update set
        very_satisfied = d.very_satisfied + excluded.very_satisfied, satisfied = d.satisfied + excluded.satisfied,
        basically_satisfied = d.basically_satisfied + excluded.basically_satisfied,
        dissatisfied = d.dissatisfied + excluded.dissatisfied, very_dissatisfied = d.very_dissatisfied + excluded.very_dissatisfied,
        defaulted = d.defaulted + excluded.defaulted;
end $$;

create function review_day_counted() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform review_day_change('{}', array(select n::review from new_rows n));
    else
        perform review_day_change(array(select o::review from old_rows o), '{}');
    end if;
    return null;
end $$;

create function review_day_changed() returns trigger
language plpgsql as $$
begin
    perform review_day_change(array[old], array[new]);
    return null;
end $$;

create trigger review_day_inserted after insert on review referencing new table as new_rows
    for each statement execute function review_day_counted();
create trigger review_day_deleted after delete on review referencing old table as old_rows
    for each statement execute function review_day_counted();
create trigger review_day_updated after update on review for each row
    when (old.excluded is distinct from new.excluded or old.rating is distinct from new.rating
          or old.reviewed_at is distinct from new.reviewed_at or old.jurisdiction is distinct from new.jurisdiction
          or old.defaulted is distinct from new.defaulted)
    execute function review_day_changed();

-- The reviews kept before, 50,000 at a time.
do $$
declare
    batch review[];
    last uuid := '00000000-0000-0000-0000-000000000000';
begin
    loop
        batch := array(select r from review r where id > last order by id limit 50000);
        exit when cardinality(batch) = 0;
        perform review_day_change('{}', batch);
        last := batch[cardinality(batch)].id;
    end loop;
end $$;

-- What the figures still read of the reviews themselves: the second ratings (only after a rectification) and the bad
-- first ones (each opened one).
create index review_later_rounds on review (jurisdiction varchar_pattern_ops, reviewed_at) where round > 1;
create index review_bad_first_rounds on review (jurisdiction varchar_pattern_ops, reviewed_at)
    where round = 1 and rating in ('DISSATISFIED', 'VERY_DISSATISFIED');
-- The rectifications still open, not every one ever opened.
create index rectification_open on rectification (jurisdiction varchar_pattern_ops) where status not in ('VERIFIED', 'APPEAL_UPHELD');
