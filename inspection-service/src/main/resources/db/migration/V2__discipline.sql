-- Discipline (kỷ luật): policy parameters as effective-dated data, cases, suspensions, and an outbox of the
-- effects membership-service must apply. Members and organizations are membership-service's: ids only.

-- A policy version: the rules in force from effective_from until the next version's effective_from.
-- A decision is checked against the version in force on its decision date.
CREATE TABLE discipline_policy (
    id                          UUID PRIMARY KEY,
    effective_from              DATE         NOT NULL UNIQUE,
    source                      VARCHAR(300) NOT NULL,
    suspension_max_initial_days INTEGER      NOT NULL CHECK (suspension_max_initial_days > 0),
    suspension_max_total_days   INTEGER      NOT NULL,
    complaint_window_months     INTEGER      NOT NULL CHECK (complaint_window_months > 0),
    CHECK (suspension_max_total_days >= suspension_max_initial_days)
);

-- Per form (its severity level): statute of limitations in years (NULL = none) and the vote threshold,
-- numerator/denominator over ALL entitled voters; strict = "more than", otherwise "at least".
CREATE TABLE discipline_policy_form (
    policy_id        UUID        NOT NULL REFERENCES discipline_policy (id),
    form             VARCHAR(30) NOT NULL,
    statute_years    INTEGER     CHECK (statute_years IS NULL OR statute_years > 0),
    vote_numerator   INTEGER     NOT NULL CHECK (vote_numerator > 0),
    vote_denominator INTEGER     NOT NULL CHECK (vote_denominator >= vote_numerator),
    vote_strict      BOOLEAN     NOT NULL,
    PRIMARY KEY (policy_id, form)
);

-- The authority matrix: which deciding body kind may impose which form on which kind of target.
CREATE TABLE discipline_policy_authority (
    policy_id   UUID        NOT NULL REFERENCES discipline_policy (id),
    body_kind   VARCHAR(30) NOT NULL,
    target_kind VARCHAR(20) NOT NULL,
    form        VARCHAR(30) NOT NULL,
    PRIMARY KEY (policy_id, body_kind, target_kind, form)
);

INSERT INTO discipline_policy (id, effective_from, source, suspension_max_initial_days, suspension_max_total_days,
                               complaint_window_months)
VALUES ('00000000-0000-4000-8000-00000000d296', DATE '2025-01-01',
        'QĐ 296-QĐ/TW (2025) về công tác kiểm tra, giám sát và kỷ luật của Đảng', 90, 180, 1);

INSERT INTO discipline_policy_form (policy_id, form, statute_years, vote_numerator, vote_denominator, vote_strict)
VALUES ('00000000-0000-4000-8000-00000000d296', 'REPRIMAND',         5,    1, 2, TRUE),
       ('00000000-0000-4000-8000-00000000d296', 'WARNING',           10,   1, 2, TRUE),
       ('00000000-0000-4000-8000-00000000d296', 'REMOVAL_FROM_POST', 10,   2, 3, FALSE),
       ('00000000-0000-4000-8000-00000000d296', 'EXPULSION',         NULL, 2, 3, FALSE),
       ('00000000-0000-4000-8000-00000000d296', 'DISSOLUTION',       NULL, 2, 3, FALSE);

INSERT INTO discipline_policy_authority (policy_id, body_kind, target_kind, form)
SELECT '00000000-0000-4000-8000-00000000d296', body_kind, target_kind, form
FROM (VALUES ('CELL',                 'MEMBER',       'REPRIMAND'),
             ('CELL',                 'MEMBER',       'WARNING'),
             ('GRASSROOTS_COMMITTEE', 'MEMBER',       'REPRIMAND'),
             ('GRASSROOTS_COMMITTEE', 'MEMBER',       'WARNING'),
             ('GRASSROOTS_COMMITTEE', 'MEMBER',       'REMOVAL_FROM_POST'),
             ('GRASSROOTS_COMMITTEE', 'MEMBER',       'EXPULSION'),
             ('STANDING_COMMITTEE',   'MEMBER',       'REPRIMAND'),
             ('STANDING_COMMITTEE',   'MEMBER',       'WARNING'),
             ('STANDING_COMMITTEE',   'MEMBER',       'REMOVAL_FROM_POST'),
             ('STANDING_COMMITTEE',   'MEMBER',       'EXPULSION'),
             ('INSPECTION_COMMITTEE', 'MEMBER',       'REPRIMAND'),
             ('INSPECTION_COMMITTEE', 'MEMBER',       'WARNING'),
             ('INSPECTION_COMMITTEE', 'MEMBER',       'REMOVAL_FROM_POST'),
             ('INSPECTION_COMMITTEE', 'MEMBER',       'EXPULSION'),
             ('GRASSROOTS_COMMITTEE', 'ORGANIZATION', 'REPRIMAND'),
             ('GRASSROOTS_COMMITTEE', 'ORGANIZATION', 'WARNING'),
             ('GRASSROOTS_COMMITTEE', 'ORGANIZATION', 'DISSOLUTION'),
             ('STANDING_COMMITTEE',   'ORGANIZATION', 'REPRIMAND'),
             ('STANDING_COMMITTEE',   'ORGANIZATION', 'WARNING'),
             ('STANDING_COMMITTEE',   'ORGANIZATION', 'DISSOLUTION'),
             ('INSPECTION_COMMITTEE', 'ORGANIZATION', 'REPRIMAND'),
             ('INSPECTION_COMMITTEE', 'ORGANIZATION', 'WARNING')) AS m (body_kind, target_kind, form);

-- A discipline case against a member or an organization. scope_organization_id is the organization whose
-- subtree sees the case: the member's organization when the case was opened, or the target organization.
CREATE TABLE discipline_case (
    id                          UUID PRIMARY KEY,
    target_kind                 VARCHAR(20)   NOT NULL,
    target_member_id            UUID,
    scope_organization_id       UUID          NOT NULL,
    violation_description       VARCHAR(4000) NOT NULL,
    violation_date              DATE          NOT NULL,
    newer_violation_description VARCHAR(4000),
    newer_violation_date        DATE,
    proposed_form               VARCHAR(30)   NOT NULL,
    status                      VARCHAR(20)   NOT NULL,
    decided_form                VARCHAR(30),
    deciding_body_kind          VARCHAR(30),
    deciding_organization_id    UUID,
    entitled_voters             INTEGER,
    votes_for                   INTEGER,
    votes_against               INTEGER,
    decision_number             VARCHAR(60),
    decision_date               DATE,
    effective_date              DATE,
    policy_id                   UUID REFERENCES discipline_policy (id),
    version                     BIGINT        NOT NULL,
    created_at                  TIMESTAMPTZ   NOT NULL,
    updated_at                  TIMESTAMPTZ   NOT NULL,
    CONSTRAINT discipline_case_target CHECK ((target_kind = 'MEMBER') = (target_member_id IS NOT NULL)),
    CONSTRAINT discipline_case_decided CHECK (status <> 'DECIDED' OR (decided_form IS NOT NULL
        AND decision_date IS NOT NULL AND decision_number IS NOT NULL AND policy_id IS NOT NULL)),
    CONSTRAINT discipline_case_newer_violation CHECK (newer_violation_date IS NULL OR newer_violation_date > violation_date)
);

-- The case's organization and its ancestors when it was opened: a subtree list is "organization = ANY ancestor".
CREATE TABLE discipline_case_scope (
    case_id         UUID NOT NULL REFERENCES discipline_case (id),
    organization_id UUID NOT NULL,
    PRIMARY KEY (case_id, organization_id)
);
CREATE INDEX discipline_case_scope_org_idx ON discipline_case_scope (organization_id);
CREATE INDEX discipline_case_member_idx ON discipline_case (target_member_id);

-- Suspension of party activity (đình chỉ sinh hoạt đảng): [start_date, end_date) with end = start + total_days.
CREATE TABLE suspension (
    id                    UUID PRIMARY KEY,
    member_id             UUID          NOT NULL,
    scope_organization_id UUID          NOT NULL,
    case_id               UUID REFERENCES discipline_case (id),
    reason                VARCHAR(4000) NOT NULL,
    decision_number       VARCHAR(60)   NOT NULL,
    start_date            DATE          NOT NULL,
    initial_days          INTEGER       NOT NULL CHECK (initial_days > 0),
    total_days            INTEGER       NOT NULL CHECK (total_days >= initial_days),
    end_date              DATE          NOT NULL,
    policy_id             UUID          NOT NULL REFERENCES discipline_policy (id),
    version               BIGINT        NOT NULL,
    created_at            TIMESTAMPTZ   NOT NULL,
    updated_at            TIMESTAMPTZ   NOT NULL
);
CREATE INDEX suspension_member_idx ON suspension (member_id);

-- Effects for membership-service, written in the transaction of the decision; delivery comes later
-- (delivered_at stays NULL until then). A receiver applies them idempotently by id.
CREATE TABLE outbox (
    id             UUID PRIMARY KEY,
    aggregate_type VARCHAR(40)  NOT NULL,
    aggregate_id   UUID         NOT NULL,
    effect         VARCHAR(40)  NOT NULL,
    member_id      UUID,
    organization_id UUID,
    effective_date DATE         NOT NULL,
    payload        JSONB        NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    delivered_at   TIMESTAMPTZ
);
CREATE INDEX outbox_pending_idx ON outbox (created_at) WHERE delivered_at IS NULL;
