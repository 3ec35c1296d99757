-- CloudEvents extension attributes of an event, sent as ce_<name> headers: the trace it was stored in
-- (traceparent), so its consumers continue that trace, and what a producer adds for its consumers to decide
-- on without reading the data (intake's case channel).
alter table outbox_event add column extensions jsonb;
