-- Party organizations as a typed tree of any depth (restructuring history arrives with the member register).
CREATE TABLE organization (
    id           UUID PRIMARY KEY,
    code         VARCHAR(40)  NOT NULL,
    name         VARCHAR(300) NOT NULL,
    type         VARCHAR(40)  NOT NULL,
    host_agency  VARCHAR(300),
    parent_id    UUID REFERENCES organization (id),
    status       VARCHAR(20)  NOT NULL,
    founded_on   DATE,
    dissolved_on DATE,
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT organization_code_uk UNIQUE (code),
    CONSTRAINT organization_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id),
    CONSTRAINT organization_dates CHECK (dissolved_on IS NULL OR founded_on IS NULL OR dissolved_on >= founded_on)
);

CREATE INDEX organization_parent_idx ON organization (parent_id);
