-- A wording belongs to a jurisdiction (a town's, a district's, ...) and reaches only the messages there and below.
-- Wordings from before were the whole installation's: they become its province's (the province of the messages it
-- has recorded), so they keep reaching every town; with no message ever recorded there is no province to give them
-- and nothing they ever worded, and they are dropped. Stored wordings that use more than {field} placeholders stay,
-- but are never rendered: the standard wording is sent until the jurisdiction's admin words them again.
alter table notification_template add column jurisdiction varchar(12);
update notification_template set jurisdiction =
    (select substr(n.jurisdiction, 1, 2) from notification n where n.jurisdiction is not null
     group by 1 order by count(*) desc limit 1);
delete from notification_template where jurisdiction is null;
alter table notification_template alter column jurisdiction set not null;
alter table notification_template drop constraint notification_template_pkey;
alter table notification_template add primary key (jurisdiction, category, kind);
