-- Follow-up tasks (nhiệm vụ) assigned by an issued document (a conclusion, resolution or notice of
-- conclusion) to a lead organization, with coordinating organizations and a deadline; the lead's progress
-- reports are kept as history, and the issuing level confirms closure against a 100% report.
CREATE TABLE follow_up_task (
    id                    UUID PRIMARY KEY,
    document_id           UUID         NOT NULL REFERENCES meeting_document (id),
    -- copied from the document (immutable there) so lists need no join
    issuer_id             UUID         NOT NULL,
    document_symbol       VARCHAR(60)  NOT NULL,
    lead_organization_id  UUID         NOT NULL,
    title                 VARCHAR(500) NOT NULL,
    content               TEXT,
    deadline              DATE         NOT NULL,
    -- the latest report's figures (NOT_STARTED / 0 before any report)
    status                VARCHAR(20)  NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    percent               INTEGER      NOT NULL CHECK (percent BETWEEN 0 AND 100),
    report_count          INTEGER      NOT NULL DEFAULT 0 CHECK (report_count >= 0),
    closed_at             TIMESTAMPTZ,
    closed_by             VARCHAR(200),
    closing_report_id     UUID,
    closing_note          TEXT,
    version               BIGINT       NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    CONSTRAINT follow_up_task_closed_complete CHECK (closed_at IS NULL
        OR (status = 'DONE' AND percent = 100 AND closing_report_id IS NOT NULL AND closed_by IS NOT NULL))
);
CREATE INDEX follow_up_task_document_idx ON follow_up_task (document_id);
CREATE INDEX follow_up_task_issuer_idx ON follow_up_task (issuer_id, deadline);
CREATE INDEX follow_up_task_lead_idx ON follow_up_task (lead_organization_id, deadline);

CREATE TABLE follow_up_task_coordinator (
    task_id          UUID NOT NULL REFERENCES follow_up_task (id),
    organization_id  UUID NOT NULL,
    PRIMARY KEY (task_id, organization_id)
);
CREATE INDEX follow_up_task_coordinator_org_idx ON follow_up_task_coordinator (organization_id);

-- Progress reports: append-only history, numbered per task (the task's version serialises reporters).
CREATE TABLE follow_up_task_report (
    id           UUID PRIMARY KEY,
    task_id      UUID         NOT NULL REFERENCES follow_up_task (id),
    sequence     INTEGER      NOT NULL CHECK (sequence > 0),
    percent      INTEGER      NOT NULL CHECK (percent BETWEEN 0 AND 100),
    status       VARCHAR(20)  NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    text         TEXT         NOT NULL,
    reported_by  VARCHAR(200) NOT NULL,
    reported_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT follow_up_task_report_sequence_uq UNIQUE (task_id, sequence),
    CONSTRAINT follow_up_task_report_done_complete CHECK ((status = 'DONE') = (percent = 100))
);

ALTER TABLE follow_up_task ADD CONSTRAINT follow_up_task_closing_report_fk
    FOREIGN KEY (closing_report_id) REFERENCES follow_up_task_report (id);
