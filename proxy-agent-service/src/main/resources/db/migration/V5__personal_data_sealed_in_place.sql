-- Residents' and households' names are sealed now, and every sealed value is bound to the row and column it lives
-- in (PersonalData, SealedAt). The columns widen for the sealed form; the values already stored are sealed again by
-- PersonalDataResealing at the next start, in the background.
alter table proxy_request alter column resident_name type text;
alter table visit_note alter column household type text;
