-- Transfers of party activity (chuyển sinh hoạt đảng): official (out of, into or within the tree) and temporary.

-- The transfer rules join the policy versions: existing versions get the Charter's current numbers.
ALTER TABLE policy_version
    ADD COLUMN transfer_request_working_days      INT NOT NULL DEFAULT 60,
    ADD COLUMN transfer_presentation_working_days INT NOT NULL DEFAULT 30,
    ADD COLUMN temporary_transfer_min_months      INT NOT NULL DEFAULT 3,
    ADD COLUMN temporary_transfer_max_months      INT NOT NULL DEFAULT 12,
    ADD COLUMN study_transfer_max_months          INT NOT NULL DEFAULT 24,
    ADD CONSTRAINT policy_version_transfer_positive CHECK (transfer_request_working_days > 0
        AND transfer_presentation_working_days > 0 AND temporary_transfer_min_months > 0
        AND temporary_transfer_max_months > temporary_transfer_min_months
        AND study_transfer_max_months >= temporary_transfer_max_months);

-- One transfer case. kind: OFFICIAL or TEMPORARY; direction: INTERNAL (both organizations in the tree), OUTGOING
-- (to an organization outside the tree, named), INCOMING (from outside, named; the member record is created on
-- receipt). The member's organization changes only on receipt of an official internal transfer; a temporary
-- transfer records the host and leaves the member counted at home.
CREATE TABLE member_transfer (
    id                       UUID PRIMARY KEY,
    kind                     VARCHAR(20)   NOT NULL,
    direction                VARCHAR(20)   NOT NULL,
    reason                   VARCHAR(20)   NOT NULL,
    status                   VARCHAR(20)   NOT NULL,
    member_id                UUID REFERENCES member (id),
    member_name              VARCHAR(200)  NOT NULL,
    from_organization_id     UUID REFERENCES organization (id),
    from_external_name       VARCHAR(300),
    to_organization_id       UUID REFERENCES organization (id),
    to_external_name         VARCHAR(300),
    trigger_decision_ref     VARCHAR(100),
    trigger_decided_on       DATE,
    requested_on             DATE          NOT NULL,
    letter_number            VARCHAR(100),
    letter_issued_on         DATE,
    starts_on                DATE,
    ends_on                  DATE,
    note                     VARCHAR(1000),
    received_on              DATE,
    cancelled_on             DATE,
    cancellation_reason      VARCHAR(1000),
    version                  BIGINT        NOT NULL,
    created_at               TIMESTAMPTZ   NOT NULL,
    updated_at               TIMESTAMPTZ   NOT NULL,
    CONSTRAINT member_transfer_from CHECK ((from_organization_id IS NULL) <> (from_external_name IS NULL)),
    CONSTRAINT member_transfer_to CHECK ((to_organization_id IS NULL) <> (to_external_name IS NULL)),
    CONSTRAINT member_transfer_member CHECK (member_id IS NOT NULL OR direction = 'INCOMING'),
    CONSTRAINT member_transfer_period CHECK (ends_on IS NULL OR ends_on > starts_on)
);

-- At most one transfer in progress per member.
CREATE UNIQUE INDEX member_transfer_in_progress_uk ON member_transfer (member_id) WHERE status = 'IN_PROGRESS';
CREATE INDEX member_transfer_from_idx ON member_transfer (from_organization_id, created_at);
CREATE INDEX member_transfer_to_idx ON member_transfer (to_organization_id, created_at);
CREATE INDEX member_transfer_member_idx ON member_transfer (member_id, created_at);
