-- Commendations (khen thưởng): which issuing level may grant which form (policy versions with effective dates),
-- the decisions themselves (one row per recipient), proposals to a higher level, the seriously-ill cases that
-- allow a party badge early, and the cursor of membership's event feed (expulsion revokes party badges).
-- Members and organizations are membership-service's, referenced by id only.

-- A policy version is in force from effective_from until the next version's effective_from.
CREATE TABLE commendation_policy (
    id              UUID PRIMARY KEY,
    effective_from  DATE          NOT NULL,
    note            VARCHAR(1000),
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    CONSTRAINT commendation_policy_effective_uq UNIQUE (effective_from)
);

-- Which issuing level may grant which form.
CREATE TABLE commendation_policy_grant (
    policy_id       UUID         NOT NULL REFERENCES commendation_policy (id),
    form            VARCHAR(30)  NOT NULL CHECK (form IN ('BIEU_DUONG', 'GIAY_KHEN', 'BANG_KHEN', 'HUY_HIEU_DANG',
                                                        'HUAN_CHUONG', 'HUY_CHUONG')),
    issuing_level   VARCHAR(20)  NOT NULL CHECK (issuing_level IN ('CELL', 'GRASSROOTS', 'BLOC', 'PROVINCIAL', 'STATE')),
    PRIMARY KEY (policy_id, form, issuing_level)
);

-- Party badge milestones (years of party seniority) and how many months early a seriously ill member may receive it.
CREATE TABLE commendation_policy_milestone (
    policy_id       UUID     NOT NULL REFERENCES commendation_policy (id),
    years           INTEGER  NOT NULL CHECK (years BETWEEN 1 AND 120),
    early_months    INTEGER  NOT NULL CHECK (early_months BETWEEN 0 AND 60),
    PRIMARY KEY (policy_id, years)
);

-- Party badge presentation days (3/2, 19/5, 2/9, 7/11).
CREATE TABLE commendation_policy_presentation_day (
    policy_id       UUID     NOT NULL REFERENCES commendation_policy (id),
    month           INTEGER  NOT NULL CHECK (month BETWEEN 1 AND 12),
    day             INTEGER  NOT NULL CHECK (day BETWEEN 1 AND 31),
    PRIMARY KEY (policy_id, month, day)
);

-- Seeded from DOMAIN.md ("Commendations"): biểu dương by cells; Giấy khen by grassroots and bloc committees;
-- Bằng khen and the party badge by the provincial committee; orders and medals by the State. Badge at
-- 30, 40, 45 … 90 years; up to 12 months early at 30–65 years, 24 months at 70–90, for the seriously ill.
INSERT INTO commendation_policy (id, effective_from, note, version, created_at, updated_at)
VALUES ('7c0e0000-0000-4000-8000-000000000001', DATE '1930-02-03',
        'Seeded from DOMAIN.md: forms by issuing level, party badge milestones and presentation days', 0, now(), now());
INSERT INTO commendation_policy_grant (policy_id, form, issuing_level) VALUES
    ('7c0e0000-0000-4000-8000-000000000001', 'BIEU_DUONG', 'CELL'),
    ('7c0e0000-0000-4000-8000-000000000001', 'GIAY_KHEN', 'GRASSROOTS'),
    ('7c0e0000-0000-4000-8000-000000000001', 'GIAY_KHEN', 'BLOC'),
    ('7c0e0000-0000-4000-8000-000000000001', 'BANG_KHEN', 'PROVINCIAL'),
    ('7c0e0000-0000-4000-8000-000000000001', 'HUY_HIEU_DANG', 'PROVINCIAL'),
    ('7c0e0000-0000-4000-8000-000000000001', 'HUAN_CHUONG', 'STATE'),
    ('7c0e0000-0000-4000-8000-000000000001', 'HUY_CHUONG', 'STATE');
INSERT INTO commendation_policy_milestone (policy_id, years, early_months) VALUES
    ('7c0e0000-0000-4000-8000-000000000001', 30, 12),
    ('7c0e0000-0000-4000-8000-000000000001', 40, 12),
    ('7c0e0000-0000-4000-8000-000000000001', 45, 12),
    ('7c0e0000-0000-4000-8000-000000000001', 50, 12),
    ('7c0e0000-0000-4000-8000-000000000001', 55, 12),
    ('7c0e0000-0000-4000-8000-000000000001', 60, 12),
    ('7c0e0000-0000-4000-8000-000000000001', 65, 12),
    ('7c0e0000-0000-4000-8000-000000000001', 70, 24),
    ('7c0e0000-0000-4000-8000-000000000001', 75, 24),
    ('7c0e0000-0000-4000-8000-000000000001', 80, 24),
    ('7c0e0000-0000-4000-8000-000000000001', 85, 24),
    ('7c0e0000-0000-4000-8000-000000000001', 90, 24);
INSERT INTO commendation_policy_presentation_day (policy_id, month, day) VALUES
    ('7c0e0000-0000-4000-8000-000000000001', 2, 3),
    ('7c0e0000-0000-4000-8000-000000000001', 5, 19),
    ('7c0e0000-0000-4000-8000-000000000001', 9, 2),
    ('7c0e0000-0000-4000-8000-000000000001', 11, 7);

-- Proposals (đề nghị khen thưởng) from an organization to a higher level: SUBMITTED → APPROVED | REJECTED | WITHDRAWN.
CREATE TABLE commendation_proposal (
    id                        UUID PRIMARY KEY,
    proposing_organization_id UUID          NOT NULL,
    target_level              VARCHAR(20)   NOT NULL,
    -- the deciding organization when it is in the tree (GRASSROOTS, BLOC); NULL for PROVINCIAL and STATE
    target_organization_id    UUID,
    form                      VARCHAR(30)   NOT NULL,
    badge_milestone           INTEGER,
    reasons                   TEXT          NOT NULL,
    status                    VARCHAR(20)   NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    decided_at                TIMESTAMPTZ,
    decided_by                VARCHAR(200),
    rejection_reason          TEXT,
    decision_number           VARCHAR(60),
    decision_date             DATE,
    proposed_by               VARCHAR(200)  NOT NULL,
    version                   BIGINT        NOT NULL,
    created_at                TIMESTAMPTZ   NOT NULL,
    updated_at                TIMESTAMPTZ   NOT NULL,
    CONSTRAINT commendation_proposal_rejected_reason CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL),
    CONSTRAINT commendation_proposal_approved_decision CHECK (status <> 'APPROVED'
        OR (decision_number IS NOT NULL AND decision_date IS NOT NULL))
);
CREATE INDEX commendation_proposal_proposer_idx ON commendation_proposal (proposing_organization_id, status);
CREATE INDEX commendation_proposal_target_idx ON commendation_proposal (target_organization_id, status);

-- Proposed recipients: exactly one of member_id, organization_id.
CREATE TABLE commendation_proposal_recipient (
    proposal_id      UUID  NOT NULL REFERENCES commendation_proposal (id),
    position         INTEGER NOT NULL,
    member_id        UUID,
    organization_id  UUID,
    PRIMARY KEY (proposal_id, position),
    CONSTRAINT commendation_proposal_recipient_one CHECK ((member_id IS NULL) <> (organization_id IS NULL))
);

-- One row per recipient of a decision. organization_id is where it counts: the recipient organization itself, or
-- the member's organization on the decision. A party badge is revoked (expulsion) by setting revoked_on.
CREATE TABLE commendation (
    id                        UUID PRIMARY KEY,
    form                      VARCHAR(30)   NOT NULL,
    issuing_level             VARCHAR(20)   NOT NULL,
    issuing_organization_id   UUID,
    issuing_organization_name VARCHAR(300)  NOT NULL,
    decision_number           VARCHAR(60)   NOT NULL,
    decision_date             DATE          NOT NULL,
    reason                    TEXT          NOT NULL,
    recipient_kind            VARCHAR(20)   NOT NULL CHECK (recipient_kind IN ('MEMBER', 'ORGANIZATION')),
    member_id                 UUID,
    recipient_name            VARCHAR(300)  NOT NULL,
    organization_id           UUID          NOT NULL,
    -- membership's organization type of a recipient organization on the decision (GRASSROOTS_COMMITTEE …)
    organization_type         VARCHAR(40),
    badge_milestone           INTEGER,
    badge_early               BOOLEAN       NOT NULL DEFAULT FALSE,
    revoked_on                DATE,
    revocation_reason         VARCHAR(1000),
    revoked_by_event          BIGINT,
    proposal_id               UUID REFERENCES commendation_proposal (id),
    recorded_by               VARCHAR(200)  NOT NULL,
    version                   BIGINT        NOT NULL,
    created_at                TIMESTAMPTZ   NOT NULL,
    updated_at                TIMESTAMPTZ   NOT NULL,
    CONSTRAINT commendation_recipient CHECK ((recipient_kind = 'MEMBER') = (member_id IS NOT NULL)),
    CONSTRAINT commendation_badge CHECK ((form = 'HUY_HIEU_DANG') = (badge_milestone IS NOT NULL)),
    CONSTRAINT commendation_badge_member CHECK (form <> 'HUY_HIEU_DANG' OR recipient_kind = 'MEMBER'),
    CONSTRAINT commendation_revocation CHECK (revoked_on IS NULL OR (form = 'HUY_HIEU_DANG' AND revocation_reason IS NOT NULL))
);
CREATE INDEX commendation_organization_idx ON commendation (organization_id, decision_date);
CREATE INDEX commendation_member_idx ON commendation (member_id, decision_date);
CREATE INDEX commendation_decision_year_idx ON commendation (decision_date);
-- a decision names each recipient once for a form (a repeated submission is a 409, not a second commendation)
CREATE UNIQUE INDEX commendation_decision_recipient_uq ON commendation
    (form, issuing_organization_name, decision_number, decision_date, COALESCE(member_id, organization_id));
-- a member holds each badge milestone at most once (unless revoked)
CREATE UNIQUE INDEX commendation_badge_once_uq ON commendation (member_id, badge_milestone)
    WHERE form = 'HUY_HIEU_DANG' AND revoked_on IS NULL;

-- A member certified seriously ill: the party badge may come early (policy: months per milestone).
CREATE TABLE badge_early_award_case (
    id               UUID PRIMARY KEY,
    member_id        UUID          NOT NULL,
    organization_id  UUID          NOT NULL,
    certified_on     DATE          NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    recorded_by      VARCHAR(200)  NOT NULL,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    CONSTRAINT badge_early_award_case_member_uq UNIQUE (member_id)
);
CREATE INDEX badge_early_award_case_org_idx ON badge_early_award_case (organization_id);

-- Where the poller of membership's event feed has got to (advanced in the transaction that applies the events).
CREATE TABLE membership_event_cursor (
    feed            VARCHAR(60)  PRIMARY KEY,
    last_sequence   BIGINT       NOT NULL CHECK (last_sequence >= 0),
    updated_at      TIMESTAMPTZ  NOT NULL
);
INSERT INTO membership_event_cursor (feed, last_sequence, updated_at) VALUES ('membership', 0, now());
