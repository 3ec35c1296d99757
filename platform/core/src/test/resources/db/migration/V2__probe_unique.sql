-- A unique rule of the test application's own, for the answer a duplicate gets (DatabaseOutageTest).
create unique index probe_unique_name on probe (aggregate, seq) where aggregate like 'unique-%';
