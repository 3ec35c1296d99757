-- CloudEvents extension attributes of an event, sent as ce_<name> headers (e.g. a case's channel), so a
-- consumer can pass over what does not concern it without reading the data.
alter table outbox_event add column extensions jsonb;
