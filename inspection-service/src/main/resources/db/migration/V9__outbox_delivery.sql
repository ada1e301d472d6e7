-- Delivery of the outbox to membership-service (POST /api/membership/effects) by a scheduled relay.
-- A row is due when it is not delivered, not parked, not superseded, its effective date has come (Asia/Ho_Chi_Minh)
-- and its retry time has passed. Transient failures (connection, timeout, 5xx, 429) set next_attempt_at with an
-- exponential backoff; other 4xx answers park the row until bloc-admin re-queues it.
ALTER TABLE outbox ADD COLUMN attempts        INTEGER       NOT NULL DEFAULT 0 CHECK (attempts >= 0);
ALTER TABLE outbox ADD COLUMN next_attempt_at TIMESTAMPTZ;
ALTER TABLE outbox ADD COLUMN last_attempt_at TIMESTAMPTZ;
-- the HTTP status of the last answer (NULL: no answer, e.g. connection refused)
ALTER TABLE outbox ADD COLUMN last_status     INTEGER;
ALTER TABLE outbox ADD COLUMN last_error      VARCHAR(2000);
ALTER TABLE outbox ADD COLUMN parked_at       TIMESTAMPTZ;
-- a later effect of the same aggregate that replaces this one (a suspension's end moved by an extension)
ALTER TABLE outbox ADD COLUMN superseded_by   UUID REFERENCES outbox (id);
ALTER TABLE outbox ADD CONSTRAINT outbox_delivered_final
    CHECK (delivered_at IS NULL OR (parked_at IS NULL AND superseded_by IS NULL));

DROP INDEX outbox_pending_idx;
CREATE INDEX outbox_undelivered_idx ON outbox (created_at, effective_date, id)
    WHERE delivered_at IS NULL AND superseded_by IS NULL;
-- effects about one member (or one organization) are delivered in order: see OutboxRelay
CREATE INDEX outbox_subject_idx ON outbox ((coalesce(member_id, organization_id)))
    WHERE delivered_at IS NULL AND superseded_by IS NULL;
CREATE INDEX outbox_aggregate_idx ON outbox (aggregate_id);

-- The change feed of decided discipline decisions for provincial systems (GET /api/integration/decisions/changes).
-- Sequence numbers come from a single counter row updated in the deciding transaction: the row lock is held until
-- commit, so the transaction holding number n commits (or rolls back, and n is reused) before the next one gets
-- n + 1. Readers therefore always see a gapless prefix 1..k, in order, with no duplicates.
CREATE TABLE discipline_change_counter (
    id            SMALLINT PRIMARY KEY CHECK (id = 1),
    last_sequence BIGINT   NOT NULL CHECK (last_sequence >= 0)
);
INSERT INTO discipline_change_counter (id, last_sequence) VALUES (1, 0);

CREATE TABLE discipline_decision_change (
    sequence    BIGINT PRIMARY KEY,
    case_id     UUID        NOT NULL REFERENCES discipline_case (id),
    change      VARCHAR(10) NOT NULL CHECK (change IN ('UPSERT', 'DELETE')),
    -- the non-sensitive decision fields as they were after this change (NULL for DELETE)
    data        JSONB,
    recorded_at TIMESTAMPTZ NOT NULL,
    CHECK ((change = 'DELETE') = (data IS NULL))
);
CREATE INDEX discipline_decision_change_case_idx ON discipline_decision_change (case_id);
