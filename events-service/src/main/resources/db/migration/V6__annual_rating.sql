-- Annual review and rating (đánh giá, xếp loại chất lượng) of members and organizations.

-- Score bands and the excellent quota as effective-dated policy data (QĐ 366-QĐ/TW and earlier guidance): a
-- version is in force from effective_from until the next one's; rows are never edited, a change of rules is a new
-- version. Bands on the 100-point scale are half-open: EXCELLENT [excellent_min, 100], GOOD [good_min,
-- excellent_min), COMPLETED [completed_min, good_min), NOT_COMPLETED [0, completed_min).
-- The quota: excellent members of a grassroots organization ≤ excellent_quota_percent % of the members rated
-- excellent_quota_base (GOOD: those rated "hoàn thành tốt", DOMAIN.md's wording; GOOD_OR_BETTER: good + excellent).
CREATE TABLE rating_policy (
    id                        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    effective_from            DATE          NOT NULL,
    reference                 VARCHAR(300)  NOT NULL,
    excellent_min             NUMERIC(5,2)  NOT NULL,
    good_min                  NUMERIC(5,2)  NOT NULL,
    completed_min             NUMERIC(5,2)  NOT NULL,
    excellent_quota_percent   INT           NOT NULL,
    excellent_quota_base      VARCHAR(20)   NOT NULL,
    created_at                TIMESTAMPTZ   NOT NULL,
    created_by                VARCHAR(200)  NOT NULL,
    CONSTRAINT rating_policy_effective_from_uk UNIQUE (effective_from),
    CONSTRAINT rating_policy_bands CHECK (0 < completed_min AND completed_min < good_min AND good_min < excellent_min
        AND excellent_min <= 100),
    CONSTRAINT rating_policy_quota CHECK (excellent_quota_percent BETWEEN 0 AND 100),
    CONSTRAINT rating_policy_quota_base CHECK (excellent_quota_base IN ('GOOD', 'GOOD_OR_BETTER'))
);

INSERT INTO rating_policy (effective_from, reference, excellent_min, good_min, completed_min, excellent_quota_percent,
        excellent_quota_base, created_at, created_by)
VALUES ('1930-02-03', 'Thang điểm 100: HTXSNV ≥ 90, HTTNV 70–89, HTNV 50–69, KHTNV < 50; HTXSNV ≤ 20% số HTTNV',
        90, 70, 50, 20, 'GOOD', now(), 'migration');

-- Rating periods: a year, a quarter of a year, or a term (nhiệm kỳ, e.g. 2020–2025). code is unique: "2021",
-- "2021-Q3", "2020-2025".
CREATE TABLE rating_period (
    id                UUID PRIMARY KEY,
    kind              VARCHAR(10)  NOT NULL CHECK (kind IN ('YEAR', 'QUARTER', 'TERM')),
    code              VARCHAR(20)  NOT NULL,
    year              INT          NOT NULL,
    quarter           INT,
    term_from_year    INT,
    starts_on         DATE         NOT NULL,
    ends_on           DATE         NOT NULL,
    version           BIGINT       NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    CONSTRAINT rating_period_code_uk UNIQUE (code),
    CONSTRAINT rating_period_dates CHECK (ends_on >= starts_on),
    CONSTRAINT rating_period_quarter CHECK ((kind = 'QUARTER') = (quarter IS NOT NULL) AND (quarter IS NULL OR quarter BETWEEN 1 AND 4)),
    CONSTRAINT rating_period_term CHECK ((kind = 'TERM') = (term_from_year IS NOT NULL))
);
CREATE INDEX rating_period_year_idx ON rating_period (kind, year);

-- One rating per subject and period. A MEMBER subject is rated in their organization (cell); an ORGANIZATION
-- subject is the organization itself. ancestry is the subject organization's chain (itself first, root last) as
-- membership answered it when the rating was opened, so subtree reads are one query and a
-- past year's figures stay as rated. grassroots_id is the ancestry's element just below the root (grassroots
-- organizations sit directly under the bloc committee); NULL for the root itself.
CREATE TABLE rating (
    id                         UUID PRIMARY KEY,
    period_id                  UUID          NOT NULL REFERENCES rating_period (id),
    subject_kind               VARCHAR(15)   NOT NULL CHECK (subject_kind IN ('MEMBER', 'ORGANIZATION')),
    member_id                  UUID,
    organization_id            UUID          NOT NULL,
    display_name               VARCHAR(200),
    ancestry                   UUID[]        NOT NULL,
    grassroots_id              UUID,
    subject_is_grassroots      BOOLEAN       NOT NULL,
    proposing_organization_id  UUID          NOT NULL,
    approving_organization_id  UUID          NOT NULL,
    stage                      VARCHAR(15)   NOT NULL CHECK (stage IN ('CREATED', 'SELF_ASSESSED', 'PROPOSED', 'APPROVED')),
    self_text                  TEXT,
    self_level                 VARCHAR(15),
    self_score                 NUMERIC(5,2),
    self_assessed_by           VARCHAR(200),
    self_assessed_at           TIMESTAMPTZ,
    proposed_level             VARCHAR(15),
    proposed_score             NUMERIC(5,2),
    proposal_text              TEXT,
    proposed_by                VARCHAR(200),
    proposed_at                TIMESTAMPTZ,
    approved_level             VARCHAR(15),
    approved_score             NUMERIC(5,2),
    decided_on                 DATE,
    decision_number            VARCHAR(60),
    approval_note              TEXT,
    approved_by                VARCHAR(200),
    approved_at                TIMESTAMPTZ,
    policy_id                  BIGINT REFERENCES rating_policy (id),
    version                    BIGINT        NOT NULL,
    created_at                 TIMESTAMPTZ   NOT NULL,
    updated_at                 TIMESTAMPTZ   NOT NULL,
    CONSTRAINT rating_subject CHECK ((subject_kind = 'MEMBER') = (member_id IS NOT NULL)),
    CONSTRAINT rating_levels CHECK ((self_level IS NULL OR self_level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'))
        AND (proposed_level IS NULL OR proposed_level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'))
        AND (approved_level IS NULL OR approved_level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'))),
    CONSTRAINT rating_scores CHECK ((self_score IS NULL OR self_score BETWEEN 0 AND 100)
        AND (proposed_score IS NULL OR proposed_score BETWEEN 0 AND 100)
        AND (approved_score IS NULL OR approved_score BETWEEN 0 AND 100)),
    CONSTRAINT rating_proposed_complete CHECK (stage NOT IN ('PROPOSED', 'APPROVED') OR proposed_level IS NOT NULL),
    CONSTRAINT rating_approved_complete CHECK ((stage = 'APPROVED') = (approved_level IS NOT NULL)
        AND (stage <> 'APPROVED' OR (approved_score IS NOT NULL AND decided_on IS NOT NULL AND policy_id IS NOT NULL)))
);
CREATE UNIQUE INDEX rating_member_period_uq ON rating (period_id, member_id) WHERE subject_kind = 'MEMBER';
CREATE UNIQUE INDEX rating_organization_period_uq ON rating (period_id, organization_id) WHERE subject_kind = 'ORGANIZATION';
CREATE INDEX rating_ancestry_idx ON rating USING GIN (ancestry);
CREATE INDEX rating_quota_idx ON rating (period_id, grassroots_id, subject_kind, approved_level);
CREATE INDEX rating_member_idx ON rating (member_id);
