-- Organization restructuring with history: effective-dated versions of every organization, who succeeded
-- whom, and accent-insensitive name search.

-- The organization a MERGED organization was merged into.
ALTER TABLE organization ADD COLUMN successor_id UUID REFERENCES organization (id);

-- One row per period in which an organization looked the same: valid_from inclusive, valid_to exclusive
-- (NULL = current). A same-day correction leaves a zero-length period (valid_from = valid_to) that no
-- "as of" question ever selects but the history still shows. The current row always equals the
-- organization row; "as of D" questions (tree, breadcrumb, the organization itself) are answered from here.
CREATE TABLE organization_version (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id UUID         NOT NULL REFERENCES organization (id),
    valid_from      DATE         NOT NULL,
    valid_to        DATE,
    -- what opened this period: CREATE, RENAME, MOVE, UPGRADE, MERGE, SPLIT, DISSOLVE
    change_kind     VARCHAR(20)  NOT NULL,
    decision_ref    VARCHAR(100),
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(300) NOT NULL,
    type            VARCHAR(40)  NOT NULL,
    host_agency     VARCHAR(300),
    parent_id       UUID REFERENCES organization (id),
    status          VARCHAR(20)  NOT NULL,
    CONSTRAINT organization_version_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE UNIQUE INDEX organization_version_current_uk ON organization_version (organization_id) WHERE valid_to IS NULL;
CREATE INDEX organization_version_organization_idx ON organization_version (organization_id, valid_from);
CREATE INDEX organization_version_parent_idx ON organization_version (parent_id, valid_from);

-- Who took over a closed organization's members and sub-units: the organization it was merged into, the
-- organizations it was split into, or the one that received them when it was dissolved.
CREATE TABLE organization_succession (
    predecessor_id UUID        NOT NULL REFERENCES organization (id),
    successor_id   UUID        NOT NULL REFERENCES organization (id),
    kind           VARCHAR(20) NOT NULL,
    effective_on   DATE        NOT NULL,
    PRIMARY KEY (predecessor_id, successor_id),
    CONSTRAINT organization_succession_not_self CHECK (predecessor_id <> successor_id)
);

CREATE INDEX organization_succession_successor_idx ON organization_succession (successor_id);

-- Backfill: existing organizations get one period from their founding (or creation) date; a closed one gets
-- a second period from its closing date.
CREATE TEMPORARY TABLE organization_backfill AS
SELECT o.*, coalesce(o.founded_on, (o.created_at AT TIME ZONE 'UTC' + INTERVAL '7 hours')::date) AS started_on,
       CASE WHEN o.status <> 'ACTIVE' THEN greatest(o.dissolved_on,
           coalesce(o.founded_on, (o.created_at AT TIME ZONE 'UTC' + INTERVAL '7 hours')::date)) END AS closed_on
FROM organization o;

INSERT INTO organization_version (organization_id, valid_from, valid_to, change_kind, code, name, type, host_agency,
                                  parent_id, status)
SELECT id, started_on, closed_on, 'CREATE', code, name, type, host_agency, parent_id,
       CASE WHEN closed_on IS NULL THEN status ELSE 'ACTIVE' END
FROM organization_backfill;

INSERT INTO organization_version (organization_id, valid_from, change_kind, code, name, type, host_agency, parent_id,
                                  status)
SELECT id, closed_on, 'DISSOLVE', code, name, type, host_agency, parent_id, status
FROM organization_backfill
WHERE closed_on IS NOT NULL;

DROP TABLE organization_backfill;

-- Every new organization, however it is inserted (API, demo seed, tests), starts its history here.
CREATE FUNCTION organization_first_version() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO organization_version (organization_id, valid_from, change_kind, code, name, type, host_agency,
                                      parent_id, status)
    VALUES (NEW.id, coalesce(NEW.founded_on, (NEW.created_at AT TIME ZONE 'UTC' + INTERVAL '7 hours')::date),
            'CREATE', NEW.code, NEW.name, NEW.type, NEW.host_agency, NEW.parent_id, NEW.status);
    RETURN NEW;
END
$$;

CREATE TRIGGER organization_first_version AFTER INSERT ON organization
    FOR EACH ROW EXECUTE FUNCTION organization_first_version();

-- Search by name without accents or case: "so giao thong" finds "Sở Giao thông vận tải". A stored column
-- (like member.search_text) rather than an index on vn_fold(name): vn_fold finds its dictionary through the
-- search_path, which PostgreSQL 17+ restricts while it builds or maintains an index.
ALTER TABLE organization ADD COLUMN name_search TEXT GENERATED ALWAYS AS (vn_fold(name)) STORED;
CREATE INDEX organization_name_search_trgm_idx ON organization USING gin (name_search gin_trgm_ops);
