-- Before the exchange key, a proxy submission's event carried the resident's name, ID number and phone
-- in clear. The published ones are purged here (the relay has no further use for them); drain the outbox
-- before upgrading so that none is still waiting to be sent. Kafka's own copies expire with the topic's
-- retention (7 days in the devstack): delete and recreate proxy.requests to purge them at once.
delete from outbox_event
where event_type = 'org.onetrip.proxyagent.request.submitted.v1'
  and sent_at is not null
  and payload like '%"idNumber"%';
