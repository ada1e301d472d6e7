-- Supervision (giám sát), regular or thematic, of an organization or a member over a period, its findings, and
-- the escalation of a finding to an inspection on signs of violation (linked both ways).
CREATE TABLE supervision (
    id                         UUID PRIMARY KEY,
    kind                       VARCHAR(20)   NOT NULL,
    inspecting_organization_id UUID          NOT NULL,
    inspecting_body            VARCHAR(30)   NOT NULL,
    target_kind                VARCHAR(20)   NOT NULL,
    target_organization_id     UUID          NOT NULL,
    target_member_id           UUID,
    subject                    VARCHAR(500)  NOT NULL,
    content                    VARCHAR(8000) NOT NULL,
    -- the period supervised; the supervision counts in the year of period_from
    period_from                DATE          NOT NULL,
    period_to                  DATE          NOT NULL,
    version                    BIGINT        NOT NULL,
    created_at                 TIMESTAMPTZ   NOT NULL,
    updated_at                 TIMESTAMPTZ   NOT NULL,
    CONSTRAINT supervision_target CHECK ((target_kind = 'MEMBER') = (target_member_id IS NOT NULL)),
    CONSTRAINT supervision_period CHECK (period_to >= period_from)
);
CREATE INDEX supervision_period_idx ON supervision (period_from);

CREATE TABLE supervision_scope (
    supervision_id  UUID NOT NULL REFERENCES supervision (id),
    organization_id UUID NOT NULL,
    PRIMARY KEY (supervision_id, organization_id)
);
CREATE INDEX supervision_scope_org_idx ON supervision_scope (organization_id);

CREATE TABLE supervision_finding (
    id                      UUID PRIMARY KEY,
    supervision_id          UUID          NOT NULL REFERENCES supervision (id),
    text                    VARCHAR(4000) NOT NULL,
    severity                VARCHAR(20)   NOT NULL,
    recorded_by             VARCHAR(200)  NOT NULL,
    recorded_at             TIMESTAMPTZ   NOT NULL,
    escalated_inspection_id UUID UNIQUE REFERENCES inspection (id)
);
CREATE INDEX supervision_finding_supervision_idx ON supervision_finding (supervision_id, recorded_at);

-- The other direction of the link: the finding an inspection on signs of violation was escalated from.
ALTER TABLE inspection ADD COLUMN origin_finding_id UUID UNIQUE REFERENCES supervision_finding (id);
