-- Meetings held by party organizations (sinh hoạt chi bộ, hội nghị). Times are UTC instants.
-- Organizations are membership-service's: referenced by id only.
CREATE TABLE meeting (
    id               UUID PRIMARY KEY,
    organization_id  UUID         NOT NULL,
    kind             VARCHAR(30)  NOT NULL,
    title            VARCHAR(500) NOT NULL,
    starts_at        TIMESTAMPTZ  NOT NULL,
    ends_at          TIMESTAMPTZ,
    location         VARCHAR(300),
    online           BOOLEAN      NOT NULL DEFAULT FALSE,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT meeting_ends_after_start CHECK (ends_at IS NULL OR ends_at > starts_at)
);

CREATE INDEX meeting_organization_time_idx ON meeting (organization_id, starts_at);
