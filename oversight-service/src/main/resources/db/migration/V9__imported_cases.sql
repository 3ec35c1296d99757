-- Cases a town brought over from its old system count in the figures of their months, and are never rated by default.
alter table watched_case add column imported boolean not null default false;
