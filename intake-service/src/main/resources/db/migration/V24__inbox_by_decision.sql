-- A department's inbox sorted every case it ever had by its due date, through the cases, on every page: a town's
-- department of a province decides thousands a year, and all of them were read to show the first twenty. It now lists
-- what the department still has to decide (a handful) soonest due first, then what it decided, the latest first,
-- each part from an index of its own so that a page reads only its own rows.
create index case_department_undecided on case_department (department) where stage <> 'DECIDED';
create index case_department_decided on case_department (department, decided_at desc nulls last, id desc) where stage = 'DECIDED';
drop index case_department_inbox;
