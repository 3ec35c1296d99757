-- Reference data saved before it was announced on catalogue.reference: announce all of it once, through the
-- outbox, as ReferenceData now does on every save (districts before towns before villages, then departments).
insert into outbox_event (event_id, topic, event_key, event_type, source, payload)
select gen_random_uuid(), 'catalogue.reference', code, 'org.onetrip.catalogue.jurisdiction.saved.v1', '/onetrip/catalogue',
       json_build_object('code', code, 'name', name, 'level', level, 'parent', parent_code)::text
from jurisdiction order by length(code), code;

insert into outbox_event (event_id, topic, event_key, event_type, source, payload)
select gen_random_uuid(), 'catalogue.reference', code, 'org.onetrip.catalogue.department.saved.v1', '/onetrip/catalogue',
       json_build_object('code', code, 'name', name, 'jurisdiction', jurisdiction_code, 'address', address, 'phone', phone)::text
from department order by code;
