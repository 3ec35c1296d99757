-- A request's phone is kept as intake keeps a case's: sealed, masked and, from now on, by its keyed hash too
-- (the one shape of sealed personal data, platform's SealedValue). Requests made before have none.
alter table proxy_request add column phone_hash text;
