-- A message's text as the resident receives it, sealed for its row, when it names a secret (a look-up code) that
-- the record shows masked; kept only until the message is sent or given up, like the address. Texts recorded
-- before kept the look-up code in the record: masked now where the message is no longer waiting to be sent.
alter table notification add column text_sealed text;
update notification
   set body = regexp_replace(body, '(?<![0-9A-Za-z-])[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}(?![0-9A-Za-z-])', '****-****', 'g')
 where status <> 'PENDING';
