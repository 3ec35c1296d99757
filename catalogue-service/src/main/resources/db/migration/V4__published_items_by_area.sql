-- The public catalogue of a district or the province is every item whose jurisdiction begins with its code (bench
-- scenario 8: a province's 20,000 towns and villages were bound as a list of codes, 0.7 s a page at 60,000 items).
-- pattern_ops, so LIKE 'code%' seeks whatever the database's collation; equality still uses it.
drop index item_version_published_jurisdiction;
create index item_version_published_area on item_version (jurisdiction_code varchar_pattern_ops, code) where status = 'PUBLISHED';
