-- The cases waiting for a rating, so that the default rating reads only those (a few days' completions) every minute
-- instead of every finished case without a review (a province's millions; bench scenario 8 ran out of memory on it).
-- A case enters when it is applied completed and not imported, and leaves when it is rated, by its applicant or by
-- default.
create table awaiting_rating (
    case_number  varchar(40) primary key,
    completed_at timestamptz not null
);
create index awaiting_rating_completed on awaiting_rating (completed_at);

insert into awaiting_rating (case_number, completed_at)
select c.number, c.completed_at from watched_case c
where c.completed_at is not null and c.status in ('COMPLETED', 'DELIVERED') and not c.imported
  and not exists (select 1 from review r where r.case_number = c.number);
