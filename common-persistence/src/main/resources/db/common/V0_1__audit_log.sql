-- Shared by every service that owns a database: who changed (or read) what, when.
CREATE TABLE audit_log (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    entity_type  VARCHAR(80)  NOT NULL,
    entity_id    VARCHAR(80)  NOT NULL,
    changes      JSONB,
    request_id   VARCHAR(64)
);

CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, occurred_at);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, occurred_at);
