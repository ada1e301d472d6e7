-- Items of an annual programme: one inspection or supervision of one target, and how far it has got.
CREATE TABLE inspection_plan_item (
    id                     UUID PRIMARY KEY,
    plan_id                UUID          NOT NULL REFERENCES inspection_plan (id),
    kind                   VARCHAR(40)   NOT NULL,
    subject                VARCHAR(500)  NOT NULL,
    target_organization_id UUID          NOT NULL,
    target_member_id       UUID,
    planned_month          INTEGER       NOT NULL CHECK (planned_month BETWEEN 1 AND 12),
    step                   VARCHAR(40)   NOT NULL,
    step_date              DATE,
    concluded_on           DATE,
    cancel_reason          VARCHAR(1000),
    version                BIGINT        NOT NULL,
    created_at             TIMESTAMPTZ   NOT NULL,
    updated_at             TIMESTAMPTZ   NOT NULL,
    CONSTRAINT inspection_plan_item_concluded CHECK ((step = 'CONCLUSION_NOTIFIED' OR step = 'CONCLUDED') = (concluded_on IS NOT NULL)),
    CONSTRAINT inspection_plan_item_cancelled CHECK ((step = 'CANCELLED') = (cancel_reason IS NOT NULL))
);
CREATE INDEX inspection_plan_item_plan_idx ON inspection_plan_item (plan_id, planned_month);
