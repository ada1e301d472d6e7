-- Annual inspection and supervision programmes (chương trình kiểm tra, giám sát) per inspecting body.
-- Organizations are membership-service's: referenced by id only, never joined.
CREATE TABLE inspection_plan (
    id                         UUID PRIMARY KEY,
    inspecting_organization_id UUID         NOT NULL,
    inspecting_body            VARCHAR(30)  NOT NULL,
    plan_year                  INTEGER      NOT NULL,
    title                      VARCHAR(500) NOT NULL,
    version                    BIGINT       NOT NULL,
    created_at                 TIMESTAMPTZ  NOT NULL,
    updated_at                 TIMESTAMPTZ  NOT NULL,
    CONSTRAINT inspection_plan_body_year_uk UNIQUE (inspecting_organization_id, inspecting_body, plan_year),
    CONSTRAINT inspection_plan_year_range CHECK (plan_year BETWEEN 1930 AND 2200)
);

CREATE INDEX inspection_plan_year_idx ON inspection_plan (plan_year);
