-- Denunciations (tố cáo): intake (named or anonymous), assignment to an inspector, resolution, notice.
-- The denouncer's identity lives in its own table, read only for the assigned inspector and bloc-admin,
-- and is never written to the audit trail.

-- Resolution period as effective-dated data (assumption to confirm with the bloc's UBKT: 60 days from receipt).
CREATE TABLE denunciation_policy (
    id              UUID PRIMARY KEY,
    effective_from  DATE         NOT NULL UNIQUE,
    source          VARCHAR(300) NOT NULL,
    resolution_days INTEGER      NOT NULL CHECK (resolution_days > 0)
);
INSERT INTO denunciation_policy (id, effective_from, source, resolution_days)
VALUES ('00000000-0000-4000-8000-00000000d022', DATE '2025-01-01',
        'Quy định 22-QĐ/TW và hướng dẫn thi hành (thời hạn giải quyết tố cáo; cần UBKT Khối xác nhận)', 60);

CREATE TABLE denunciation (
    id                    UUID PRIMARY KEY,
    subject_kind          VARCHAR(20)   NOT NULL,
    subject_member_id     UUID,
    scope_organization_id UUID          NOT NULL,
    content               VARCHAR(8000) NOT NULL,
    received_date         DATE          NOT NULL,
    deadline              DATE          NOT NULL,
    policy_id             UUID          NOT NULL REFERENCES denunciation_policy (id),
    anonymous             BOOLEAN       NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    assigned_inspector    VARCHAR(200),
    assigned_on           DATE,
    resolution            VARCHAR(8000),
    resolution_date       DATE,
    notice_date           DATE,
    version               BIGINT        NOT NULL,
    created_at            TIMESTAMPTZ   NOT NULL,
    updated_at            TIMESTAMPTZ   NOT NULL,
    CONSTRAINT denunciation_subject CHECK ((subject_kind = 'MEMBER') = (subject_member_id IS NOT NULL)),
    CONSTRAINT denunciation_deadline CHECK (deadline >= received_date),
    CONSTRAINT denunciation_resolved CHECK (status NOT IN ('RESOLVED', 'NOTIFIED')
        OR (resolution IS NOT NULL AND resolution_date IS NOT NULL)),
    CONSTRAINT denunciation_notified CHECK (status <> 'NOTIFIED' OR notice_date IS NOT NULL)
);
CREATE INDEX denunciation_member_idx ON denunciation (subject_member_id);

-- The subject's organization and its ancestors at intake: a subtree list is "organization = ANY ancestor".
CREATE TABLE denunciation_scope (
    denunciation_id UUID NOT NULL REFERENCES denunciation (id),
    organization_id UUID NOT NULL,
    PRIMARY KEY (denunciation_id, organization_id)
);
CREATE INDEX denunciation_scope_org_idx ON denunciation_scope (organization_id);

-- The denouncer's identity (absent for an anonymous denunciation). Protected: see DenunciationService.
CREATE TABLE denouncer (
    denunciation_id UUID PRIMARY KEY REFERENCES denunciation (id),
    full_name       VARCHAR(200) NOT NULL,
    contact         VARCHAR(300),
    address         VARCHAR(500)
);
