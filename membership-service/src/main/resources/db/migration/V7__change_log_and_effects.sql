-- Change log: one row per change of a member or an organization, numbered by a gapless, ordered sequence that
-- other services (domain-event feed) and provincial systems (integration change feeds) page through.
--
-- Why a counter row and not a SEQUENCE: a PostgreSQL sequence hands out numbers when asked, not when the
-- transaction commits, so number 7 can become visible after 8 and a reader that already moved its cursor past 8
-- would never see 7; a rollback also leaves a hole forever. Here every writing transaction takes its numbers with
-- UPDATE change_counter SET value = value + n RETURNING value: the row lock is held until commit, so the next
-- writer gets its numbers only after this one committed (or rolled back, and then it reuses them). Committed
-- numbers therefore always form a prefix 1..k with no holes, in commit order: a reader paging by
-- "sequence > cursor" never misses a row and never sees one twice.
CREATE TABLE change_counter (
    id    SMALLINT PRIMARY KEY CHECK (id = 1),
    value BIGINT   NOT NULL
);
INSERT INTO change_counter (id, value) VALUES (1, 0);

-- The ids of an organization and of its parents up to the root, the organization first.
CREATE FUNCTION organization_ancestry(start UUID) RETURNS UUID[]
LANGUAGE sql STABLE AS $$
    WITH RECURSIVE chain(id, parent_id, depth) AS (
        SELECT id, parent_id, 0 FROM organization WHERE id = start
        UNION ALL
        SELECT o.id, o.parent_id, c.depth + 1 FROM organization o JOIN chain c ON o.id = c.parent_id
        WHERE c.depth < 100
    )
    SELECT coalesce(array_agg(id ORDER BY depth), ARRAY[]::UUID[]) FROM chain
$$;

CREATE TABLE change_log (
    sequence                 BIGINT       PRIMARY KEY,
    resource_type            VARCHAR(20)  NOT NULL CHECK (resource_type IN ('MEMBER', 'ORGANIZATION')),
    resource_id              UUID         NOT NULL,
    -- MEMBER: the member's organization after the change; ORGANIZATION: its parent after the change
    organization_id          UUID,
    change                   VARCHAR(20)  NOT NULL
        CHECK (change IN ('CREATED', 'UPDATED', 'STATUS_CHANGED', 'MOVED', 'DELETED')),
    event                    VARCHAR(40),
    effective_date           DATE,
    occurred_at              TIMESTAMPTZ  NOT NULL,
    actor                    VARCHAR(200) NOT NULL,
    -- {"snapshot": the resource's non-sensitive fields after the change, "details": what changed}
    payload                  JSONB        NOT NULL,
    -- where the resource sat in the tree after the change (for a member: its organization's ancestry; for an
    -- organization: its own), and before it when the change moved it: the integration feeds decide scope by them
    ancestry                 UUID[]       NOT NULL,
    previous_ancestry        UUID[]
);
CREATE INDEX change_log_resource_idx ON change_log (resource_type, sequence);
CREATE INDEX change_log_member_idx ON change_log (resource_id, sequence);
CREATE INDEX change_log_ancestry_idx ON change_log USING gin (ancestry);
CREATE INDEX change_log_previous_ancestry_idx ON change_log USING gin (previous_ancestry);

-- The register as it stands when this migration runs: one CREATED row per organization and member, so a feed
-- read from the beginning yields an exact copy.
UPDATE change_counter SET value = (SELECT count(*) FROM organization) + (SELECT count(*) FROM member);
INSERT INTO change_log (sequence, resource_type, resource_id, organization_id, change, event, effective_date,
                        occurred_at, actor, payload, ancestry)
SELECT row_number() OVER (ORDER BY o.created_at, o.id), 'ORGANIZATION', o.id, o.parent_id, 'CREATED', NULL,
       o.founded_on, now(), 'migration',
       jsonb_build_object('snapshot', jsonb_build_object('id', o.id, 'code', o.code, 'name', o.name, 'type', o.type,
           'parentId', o.parent_id, 'status', o.status, 'hostAgency', o.host_agency, 'foundedOn', o.founded_on,
           'dissolvedOn', o.dissolved_on, 'successorId', o.successor_id), 'details', '{}'::jsonb),
       organization_ancestry(o.id)
FROM organization o;
INSERT INTO change_log (sequence, resource_type, resource_id, organization_id, change, event, effective_date,
                        occurred_at, actor, payload, ancestry)
SELECT (SELECT count(*) FROM organization) + row_number() OVER (ORDER BY m.created_at, m.id), 'MEMBER', m.id,
       m.organization_id, 'CREATED', NULL, m.admission_date, now(), 'migration',
       jsonb_build_object('snapshot', jsonb_build_object('id', m.id, 'fullName', m.full_name,
           'familyName', m.family_name, 'givenName', m.given_name, 'gender', m.gender,
           'birthYear', extract(year FROM m.date_of_birth)::int, 'organizationId', m.organization_id,
           'status', m.status, 'admissionDate', m.admission_date, 'officialDate', m.official_date),
           'details', '{}'::jsonb),
       organization_ancestry(m.organization_id)
FROM member m;

-- Effects of inspection decisions received from inspection-service's outbox, each applied exactly once: the id is
-- the outbox row's id (the idempotency key); a repeated delivery answers with the stored outcome.
CREATE TABLE applied_effect (
    id              UUID          PRIMARY KEY,
    effect          VARCHAR(40)   NOT NULL,
    member_id       UUID,
    organization_id UUID,
    -- what the effect is about: the suspension (suspensionId) or the discipline case (caseId)
    subject_id      UUID,
    effective_date  DATE          NOT NULL,
    payload         JSONB         NOT NULL,
    received_at     TIMESTAMPTZ   NOT NULL,
    received_by     VARCHAR(200)  NOT NULL,
    -- SCHEDULED (dated in the future, applied when due), APPLIED, NO_OP, ACKNOWLEDGED, SUPERSEDED
    outcome         VARCHAR(20)   NOT NULL
        CHECK (outcome IN ('SCHEDULED', 'APPLIED', 'NO_OP', 'ACKNOWLEDGED', 'SUPERSEDED')),
    detail          VARCHAR(1000) NOT NULL,
    applied_at      TIMESTAMPTZ,
    -- what applying it did, so that an annulment can undo it: {"previousStatus": ..., "endedAssignments": [...]}
    result          JSONB
);
CREATE INDEX applied_effect_member_idx ON applied_effect (member_id, received_at);
CREATE INDEX applied_effect_subject_idx ON applied_effect (subject_id);
CREATE INDEX applied_effect_due_idx ON applied_effect (effective_date) WHERE outcome = 'SCHEDULED';
