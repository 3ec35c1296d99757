-- A clerk's list is the newest cases of the clerk's jurisdiction and everything below it (LIKE 'code%'): at a million
-- cases it read them all (bench scenario 8, 0.6 s a page). pattern_ops, so the prefix seeks whatever the database's
-- collation; the list is planned for the jurisdiction asked (PlannedPerCall).
create index intake_case_area on intake_case (jurisdiction varchar_pattern_ops, submitted_at);
