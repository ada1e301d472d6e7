-- The register's free-text search must not be an identity oracle: a substring match over a text holding the CCCD
-- and the card number let anyone who could list members test a masked CCCD digit by digit ("<name> <first 9
-- digits>" → 1 or 0 rows). The search text now holds the name only; CCCD and card numbers are matched by exact
-- equality in their own filters (nationalId=, cardNumber=), only for callers allowed to, and audited.
-- Numbered 11.1 so that it sorts after V11 whatever other branches add as V11.
DROP INDEX IF EXISTS member_search_trgm_idx;
ALTER TABLE member DROP COLUMN search_text;
ALTER TABLE member ADD COLUMN search_text TEXT GENERATED ALWAYS AS (vn_fold(full_name)) STORED;
CREATE INDEX member_search_trgm_idx ON member USING gin (search_text gin_trgm_ops);
