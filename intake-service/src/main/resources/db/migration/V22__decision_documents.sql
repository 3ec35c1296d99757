-- A department's decision may be issued as an electronic document (a 不予许可决定书, a subsidy decision: most of what a
-- town decides is no licence), kept by reference and SHA-256 like an electronic licence; either can be delivered
-- electronically.
alter table case_department add column decision_document jsonb;
