-- Acts with legal effect only through their lawful path (issue 11, point 1). Each status entry says where it came
-- from: RECORDED by a secretary or the bloc office on their own endpoint, applied from an inspection DECISION (the
-- effects receiver, with the effect and the discipline case that caused it), or loaded as HISTORICAL from a paper
-- record (with the document it was copied from).
ALTER TABLE member_status_change ADD COLUMN origin VARCHAR(20) NOT NULL DEFAULT 'RECORDED'
    CHECK (origin IN ('RECORDED', 'DECISION', 'HISTORICAL'));
ALTER TABLE member_status_change ADD COLUMN effect_id UUID;
-- inspection-service's discipline case (caseId) or suspension (suspensionId): the effect's subject
ALTER TABLE member_status_change ADD COLUMN decision_id UUID;
ALTER TABLE member_status_change ADD COLUMN source_document VARCHAR(300);

-- Entries applied by the effects receiver before this column: the applied effect of the same member, status and date.
UPDATE member_status_change c
SET origin = 'DECISION', effect_id = e.id, decision_id = e.subject_id
FROM applied_effect e
WHERE e.member_id = c.member_id
  AND e.outcome = 'APPLIED'
  AND e.effective_date = c.effective_on
  AND ((e.effect = 'MEMBER_EXPELLED' AND c.status = 'EXPELLED')
    OR (e.effect = 'MEMBER_SUSPENSION_STARTS' AND c.status = 'SUSPENDED'));

-- From now on an expulsion or a suspension is never merely "recorded": it comes from a decision or from the paper
-- past. NOT VALID: rows written before this rule (possibly by the old generic status change) stay readable, and
-- their origin RECORDED shows that no decision stands behind them.
ALTER TABLE member_status_change ADD CONSTRAINT member_status_change_legal_effect_origin
    CHECK (status NOT IN ('EXPELLED', 'SUSPENDED') OR origin IN ('DECISION', 'HISTORICAL')) NOT VALID;
ALTER TABLE member_status_change ADD CONSTRAINT member_status_change_historical_source
    CHECK (origin <> 'HISTORICAL' OR source_document IS NOT NULL);

-- The signed proof that inspection-service produced the effect (a compact JWS), kept to be checked again later.
ALTER TABLE applied_effect ADD COLUMN proof TEXT;
