-- Campaigns (phong trào, cuộc vận động, e.g. "Tết vì người nghèo") organized by an organization over a
-- period, and the contributions organizations make to them, in whole Vietnamese đồng (BIGINT: exact, never
-- floating point). Organizations are membership-service's, referenced by id only.
-- Subtree totals are computed at read time: the contributing organizations of the campaign are looked up
-- in membership's ancestry (the current tree), so a moved or re-parented organization counts where it is now.
CREATE TABLE campaign (
    id                 UUID PRIMARY KEY,
    name               VARCHAR(300) NOT NULL,
    organizer_id       UUID         NOT NULL,
    starts_on          DATE         NOT NULL,
    ends_on            DATE         NOT NULL,
    description        TEXT,
    version            BIGINT       NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    CONSTRAINT campaign_period CHECK (ends_on >= starts_on)
);
CREATE INDEX campaign_organizer_idx ON campaign (organizer_id, starts_on);

CREATE TABLE campaign_contribution (
    id                 UUID PRIMARY KEY,
    campaign_id        UUID         NOT NULL REFERENCES campaign (id),
    organization_id    UUID         NOT NULL,
    amount_dong        BIGINT       NOT NULL CHECK (amount_dong > 0),
    contributed_on     DATE         NOT NULL,
    note               VARCHAR(1000),
    recorded_by        VARCHAR(200) NOT NULL,
    version            BIGINT       NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL
);
CREATE INDEX campaign_contribution_campaign_org_idx ON campaign_contribution (campaign_id, organization_id);

-- Contests (hội thi, e.g. best propagandist: 54 contestants from 49 cells): entrants are members put forward by
-- their organization (in the organizer's subtree); the organizing level scores them (0–100, two decimals,
-- exact NUMERIC) and awards prizes.
CREATE TABLE contest (
    id                 UUID PRIMARY KEY,
    name               VARCHAR(300) NOT NULL,
    organizer_id       UUID         NOT NULL,
    held_on            DATE         NOT NULL,
    version            BIGINT       NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL
);

CREATE TABLE contest_entrant (
    id                 UUID PRIMARY KEY,
    contest_id         UUID         NOT NULL REFERENCES contest (id),
    member_id          UUID         NOT NULL,
    organization_id    UUID         NOT NULL,
    display_name       VARCHAR(200) NOT NULL,
    score              NUMERIC(5,2) CHECK (score BETWEEN 0 AND 100),
    prize              VARCHAR(100),
    version            BIGINT       NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    CONSTRAINT contest_entrant_member_uq UNIQUE (contest_id, member_id)
);
CREATE INDEX contest_entrant_organization_idx ON contest_entrant (contest_id, organization_id);
