-- The trace an event was stored in (W3C traceparent), so its consumers continue that trace.
alter table outbox_event add column traceparent varchar(64);
