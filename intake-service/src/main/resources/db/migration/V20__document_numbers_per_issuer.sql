-- A document number is unique per issuing body, kind and year, not as text: two towns of one name (there are many
-- in a province) print the same 南湖〔2026〕受字第 0001 号, and the second town's window could accept no case at all.
alter table case_document add column issuer varchar(12);
alter table case_document add column issued_year integer;
alter table case_document add column sequence integer;
update case_document d set issuer = left(c.jurisdiction, 9),
       issued_year = (regexp_match(d.number, '〔(\d{4})〕'))[1]::integer,
       sequence = (regexp_match(d.number, '第 (\d+) 号'))[1]::integer
  from intake_case c where c.id = d.case_id;
alter table case_document alter column issuer set not null;
alter table case_document alter column issued_year set not null;
alter table case_document alter column sequence set not null;
alter table case_document drop constraint case_document_number_key;
create unique index case_document_number on case_document (issuer, kind, issued_year, sequence);
create index case_document_text on case_document (number);
