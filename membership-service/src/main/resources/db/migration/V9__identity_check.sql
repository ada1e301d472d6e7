-- Identity checks of members (CCCD, full name, date of birth) against the national population database through the
-- provincial integration platform (LGSP/NDOP). Append-only: one row per check, whatever its outcome, so an attempt
-- that got no answer (UNAVAILABLE) is not lost. No personal data here: what was checked is the member's stored data.
CREATE TABLE identity_check (
    id                  UUID          PRIMARY KEY,
    member_id           UUID          NOT NULL REFERENCES member (id),
    checked_at          TIMESTAMPTZ   NOT NULL,
    provider            VARCHAR(20)   NOT NULL,
    outcome             VARCHAR(20)   NOT NULL,
    mismatched_fields   VARCHAR(100),
    provider_reference  VARCHAR(100),
    failure             VARCHAR(30),
    failure_detail      VARCHAR(200),
    attempts            INT           NOT NULL,
    checked_by          VARCHAR(200)  NOT NULL,
    request_id          VARCHAR(64),
    CONSTRAINT identity_check_provider CHECK (provider IN ('http', 'local')),
    CONSTRAINT identity_check_outcome CHECK (outcome IN ('VERIFIED', 'MISMATCH', 'NOT_FOUND', 'UNAVAILABLE')),
    -- a mismatch, and only a mismatch, names the fields that differ
    CONSTRAINT identity_check_mismatch CHECK ((outcome = 'MISMATCH') = (mismatched_fields IS NOT NULL)),
    -- an unavailable check, and only such a check, says why
    CONSTRAINT identity_check_failure CHECK ((outcome = 'UNAVAILABLE') = (failure IS NOT NULL)),
    CONSTRAINT identity_check_attempts CHECK (attempts >= 0)
);

-- history of one member, newest first
CREATE INDEX identity_check_member_idx ON identity_check (member_id, checked_at DESC);
