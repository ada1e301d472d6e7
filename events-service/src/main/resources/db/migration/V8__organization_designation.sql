-- Designation of an organization approved EXCELLENT (DOMAIN.md: organizations rated excellent may be named
-- "trong sạch, vững mạnh", and among them "tiêu biểu"). One column holding the highest designation:
--   CLEAN_AND_STRONG  trong sạch, vững mạnh
--   EXEMPLARY         trong sạch, vững mạnh tiêu biểu (implies CLEAN_AND_STRONG)
-- Only an ORGANIZATION subject approved EXCELLENT may carry one.
ALTER TABLE rating ADD COLUMN designation VARCHAR(20);
ALTER TABLE rating ADD CONSTRAINT rating_designation CHECK (designation IS NULL OR (
    designation IN ('CLEAN_AND_STRONG', 'EXEMPLARY') AND subject_kind = 'ORGANIZATION' AND stage = 'APPROVED'
    AND approved_level = 'EXCELLENT'));

-- Until V8 no designation was recorded and the statistics counted every organization approved EXCELLENT as clean
-- and strong (docs/annual-rating.md). Those approvals keep that meaning, so figures already reported for past years
-- do not move. From now on the approval names it: designations left out keep that meaning (an organization approved
-- EXCELLENT is CLEAN_AND_STRONG), an empty list names it nothing (docs/annual-rating.md).
UPDATE rating SET designation = 'CLEAN_AND_STRONG'
WHERE subject_kind = 'ORGANIZATION' AND stage = 'APPROVED' AND approved_level = 'EXCELLENT';

CREATE INDEX rating_designation_idx ON rating (organization_id, designation) WHERE designation IS NOT NULL;
