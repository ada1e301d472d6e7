-- Discipline complaints (khiếu nại kỷ luật): filed by the disciplined member (or staff on their behalf) within the
-- policy's complaint window from the day the decision was received, handled by the level above the deciding body.
-- The decision applies while the complaint is open; REDUCE/ANNUL revises the case and queues a restoring effect.

-- The form in force after complaints: NULL effective_form with annulled_on NULL means "as decided".
ALTER TABLE discipline_case ADD COLUMN effective_form VARCHAR(30);
ALTER TABLE discipline_case ADD COLUMN annulled_on DATE;
ALTER TABLE discipline_case ADD CONSTRAINT discipline_case_revision
    CHECK ((effective_form IS NULL AND annulled_on IS NULL) OR status = 'DECIDED');

CREATE TABLE discipline_complaint (
    id                       UUID PRIMARY KEY,
    case_id                  UUID          NOT NULL REFERENCES discipline_case (id),
    member_id                UUID,
    scope_organization_id    UUID          NOT NULL,
    filed_by                 VARCHAR(200)  NOT NULL,
    filed_by_member          BOOLEAN       NOT NULL,
    decision_received_date   DATE          NOT NULL,
    filed_date               DATE          NOT NULL,
    deadline                 DATE          NOT NULL,
    grounds                  VARCHAR(4000) NOT NULL,
    -- the level above the deciding body: the parent of the deciding organization (itself when at the root)
    handling_organization_id UUID          NOT NULL,
    policy_id                UUID          NOT NULL REFERENCES discipline_policy (id),
    status                   VARCHAR(20)   NOT NULL,
    outcome                  VARCHAR(20),
    original_form            VARCHAR(30)   NOT NULL,
    new_form                 VARCHAR(30),
    resolution_number        VARCHAR(60),
    resolution_date          DATE,
    resolution_reason        VARCHAR(4000),
    resolved_by              VARCHAR(200),
    version                  BIGINT        NOT NULL,
    created_at               TIMESTAMPTZ   NOT NULL,
    updated_at               TIMESTAMPTZ   NOT NULL,
    CONSTRAINT discipline_complaint_in_time CHECK (filed_date <= deadline AND decision_received_date <= filed_date),
    CONSTRAINT discipline_complaint_resolved CHECK (status <> 'RESOLVED' OR (outcome IS NOT NULL
        AND resolution_date IS NOT NULL AND resolution_number IS NOT NULL)),
    CONSTRAINT discipline_complaint_new_form CHECK ((outcome = 'REDUCE') = (new_form IS NOT NULL))
);
CREATE INDEX discipline_complaint_case_idx ON discipline_complaint (case_id);
CREATE INDEX discipline_complaint_member_idx ON discipline_complaint (member_id);
-- one open complaint per case at a time
CREATE UNIQUE INDEX discipline_complaint_one_open ON discipline_complaint (case_id) WHERE status = 'OPEN';
