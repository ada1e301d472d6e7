-- Inspections (kiểm tra) of organizations or members by a committee or its inspection committee, their procedure
-- steps with documents, findings, conclusion, and the discipline cases opened from a conclusion.
-- Organizations and members are membership-service's: referenced by id only, never joined.
CREATE TABLE inspection (
    id                         UUID PRIMARY KEY,
    kind                       VARCHAR(40)   NOT NULL,
    inspecting_organization_id UUID          NOT NULL,
    inspecting_body            VARCHAR(30)   NOT NULL,
    target_kind                VARCHAR(20)   NOT NULL,
    -- for a member target: the member's organization when the inspection was opened
    target_organization_id     UUID          NOT NULL,
    target_member_id           UUID,
    plan_item_id               UUID REFERENCES inspection_plan_item (id),
    subject                    VARCHAR(500)  NOT NULL,
    content                    VARCHAR(8000) NOT NULL,
    status                     VARCHAR(20)   NOT NULL,
    last_step                  VARCHAR(30),
    last_step_date             DATE,
    -- the date of the DECISION step: the inspection counts in this year's statistics
    decision_date              DATE,
    outcome                    VARCHAR(20),
    version                    BIGINT        NOT NULL,
    created_at                 TIMESTAMPTZ   NOT NULL,
    updated_at                 TIMESTAMPTZ   NOT NULL,
    CONSTRAINT inspection_target CHECK ((target_kind = 'MEMBER') = (target_member_id IS NOT NULL)),
    CONSTRAINT inspection_decided CHECK ((last_step IS NULL) = (decision_date IS NULL)),
    CONSTRAINT inspection_outcome CHECK ((outcome IS NOT NULL) = (status IN ('CONCLUDED', 'NOTIFIED')))
);
-- one inspection per programme item
CREATE UNIQUE INDEX inspection_plan_item_uk ON inspection (plan_item_id) WHERE plan_item_id IS NOT NULL;
CREATE INDEX inspection_decision_date_idx ON inspection (decision_date);
CREATE INDEX inspection_member_idx ON inspection (target_member_id);

-- The target organization and its ancestors when the inspection was opened: a subtree filter is
-- "organization = ANY ancestor" (as for discipline cases and denunciations).
CREATE TABLE inspection_scope (
    inspection_id   UUID NOT NULL REFERENCES inspection (id),
    organization_id UUID NOT NULL,
    PRIMARY KEY (inspection_id, organization_id)
);
CREATE INDEX inspection_scope_org_idx ON inspection_scope (organization_id);

-- One row per procedure step reached, in order; never edited.
CREATE TABLE inspection_step (
    id              UUID PRIMARY KEY,
    inspection_id   UUID          NOT NULL REFERENCES inspection (id),
    step            VARCHAR(30)   NOT NULL,
    step_date       DATE          NOT NULL,
    document_number VARCHAR(60),
    note            VARCHAR(8000),
    recorded_by     VARCHAR(200)  NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL,
    CONSTRAINT inspection_step_once UNIQUE (inspection_id, step)
);

-- Documents of a step: metadata only; the file itself lives in document storage under storage_ref.
CREATE TABLE inspection_attachment (
    id            UUID PRIMARY KEY,
    step_id       UUID          NOT NULL REFERENCES inspection_step (id),
    position      INTEGER       NOT NULL,
    name          VARCHAR(255)  NOT NULL,
    media_type    VARCHAR(127)  NOT NULL,
    size_bytes    BIGINT        NOT NULL CHECK (size_bytes >= 0),
    storage_ref   VARCHAR(500)  NOT NULL
);
CREATE INDEX inspection_attachment_step_idx ON inspection_attachment (step_id, position);

CREATE TABLE inspection_finding (
    id            UUID PRIMARY KEY,
    inspection_id UUID          NOT NULL REFERENCES inspection (id),
    text          VARCHAR(4000) NOT NULL,
    severity      VARCHAR(20)   NOT NULL,
    recorded_by   VARCHAR(200)  NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL
);
CREATE INDEX inspection_finding_inspection_idx ON inspection_finding (inspection_id, recorded_at);

-- Discipline cases opened from a conclusion of VIOLATION_FOUND (a case belongs to at most one inspection).
CREATE TABLE inspection_discipline_case (
    case_id       UUID PRIMARY KEY REFERENCES discipline_case (id),
    inspection_id UUID        NOT NULL REFERENCES inspection (id),
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX inspection_discipline_case_inspection_idx ON inspection_discipline_case (inspection_id);
