-- The end of a time-limited status (an exemption from activity given until a date), kept as data rather than only
-- inside the reason text, so the daily job that ends exemptions reads a date, not a sentence.
ALTER TABLE member_status_change ADD COLUMN ends_on DATE;
ALTER TABLE member_status_change ADD CONSTRAINT member_status_change_ends_after
    CHECK (ends_on IS NULL OR ends_on > effective_on);

-- Exemptions recorded before this column: their end date was written in the reason ("… từ A đến B: …").
UPDATE member_status_change
SET ends_on = substring(reason FROM '^Miễn sinh hoạt từ [0-9]{4}-[0-9]{2}-[0-9]{2} đến ([0-9]{4}-[0-9]{2}-[0-9]{2}):')::date
WHERE status = 'EXEMPTED'
  AND reason ~ '^Miễn sinh hoạt từ [0-9]{4}-[0-9]{2}-[0-9]{2} đến [0-9]{4}-[0-9]{2}-[0-9]{2}:';
