-- Open records of an organization that was split, waiting for the bloc office to assign each to one of the
-- successors (vn.party.common.persistence.restructuring; the same table in inspection-service and events-service).
CREATE TABLE restructuring_pending_assignment (
    id              UUID PRIMARY KEY,
    record_kind     VARCHAR(40)  NOT NULL,
    record_id       UUID         NOT NULL,
    predecessor_id  UUID         NOT NULL,
    -- the split's successors, comma-separated
    successor_ids   TEXT         NOT NULL,
    succession_kind VARCHAR(20)  NOT NULL,
    effective_on    DATE         NOT NULL,
    listed_at       TIMESTAMPTZ  NOT NULL,
    assigned_to     UUID,
    assigned_at     TIMESTAMPTZ,
    assigned_by     VARCHAR(200),
    CONSTRAINT restructuring_pending_assignment_once UNIQUE (record_kind, record_id, predecessor_id),
    CONSTRAINT restructuring_pending_assignment_assigned CHECK ((assigned_to IS NULL) = (assigned_at IS NULL))
);
CREATE INDEX restructuring_pending_assignment_open_idx ON restructuring_pending_assignment (listed_at)
    WHERE assigned_to IS NULL;
