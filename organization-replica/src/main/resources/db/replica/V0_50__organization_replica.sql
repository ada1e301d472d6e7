-- The organization replica: membership's effective-dated tree as its organization feed delivers it
-- (vn.party.contracts.organization.OrganizationFeed). Written only by the feed consumer (and a rebuild); read by
-- scope checks (ancestry today) and "as of" subtree questions. No foreign keys: an entry may name a parent or a
-- successor whose own entry comes later in the feed.

-- One row per period [valid_from, valid_to) in which an organization looked the same (valid_to NULL = current).
CREATE TABLE replica_organization_period (
    organization_id UUID         NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_to        DATE,
    parent_id       UUID,
    code            VARCHAR(40),
    name            VARCHAR(300),
    type            VARCHAR(40),
    status          VARCHAR(20),
    change_kind     VARCHAR(20),
    PRIMARY KEY (organization_id, valid_from),
    CONSTRAINT replica_organization_period_length CHECK (valid_to IS NULL OR valid_to > valid_from)
);

CREATE INDEX replica_organization_period_parent_idx ON replica_organization_period (parent_id, valid_from);

-- Who took over a closed organization (MERGE, SPLIT, DISSOLVE), from the feed position that brought it.
CREATE TABLE replica_organization_succession (
    predecessor_id UUID        NOT NULL,
    successor_id   UUID        NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    effective_on   DATE        NOT NULL,
    position       BIGINT      NOT NULL,
    PRIMARY KEY (predecessor_id, successor_id)
);

CREATE INDEX replica_organization_succession_successor_idx ON replica_organization_succession (successor_id);

-- How far the replica has applied the feed. A rebuild resets position to 0 and bumps generation, so a batch read
-- before the rebuild is not applied after it.
CREATE TABLE replica_cursor (
    feed            VARCHAR(60) PRIMARY KEY,
    position        BIGINT      NOT NULL,
    generation      BIGINT      NOT NULL,
    head            BIGINT      NOT NULL,
    last_success_at TIMESTAMPTZ,
    updated_at      TIMESTAMPTZ NOT NULL
);

INSERT INTO replica_cursor (feed, position, generation, head, updated_at) VALUES ('organization', 0, 0, 0, now());
