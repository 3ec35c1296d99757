-- When the resident rated the case (好差评) on the public look-up, with its lookup code: once, so a rating is
-- forwarded to oversight once however often the page is sent.
alter table intake_case add column rated_at timestamptz;
