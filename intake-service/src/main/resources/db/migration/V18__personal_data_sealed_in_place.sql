-- Names are sealed now, like the rest of an applicant's personal data, and every sealed value is bound to the row
-- and column it lives in (PersonalData, SealedAt). The columns widen for the sealed form; the values already
-- stored are sealed again by PersonalDataResealing at the next start, in the background.
alter table intake_case alter column applicant_name type text;
alter table appointment alter column name type text;
