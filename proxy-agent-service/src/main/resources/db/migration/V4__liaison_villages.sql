-- A town cadre linked to villages (联村干部) names them, as a 联厂干部 names the enterprises: part of the network,
-- not free text, so the network's coverage can be counted.
alter table agent add column villages jsonb not null default '[]'::jsonb;
