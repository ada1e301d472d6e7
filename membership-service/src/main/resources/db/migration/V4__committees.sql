-- Committees (cấp ủy) and inspection committees (UBKT) per term (nhiệm kỳ): who held which post when.
--
-- Periods are half-open, like member_affiliation: the start day is included, the end day is not.
--   committee_term:       [starts_on, ends_on): ends_on is the day the term ends (normally the next congress,
--                         when the next term starts); a term closed early ends on closed_on instead.
--   committee_assignment: [from_date, to_date): to_date is the day the ending decision takes effect (the member
--                         no longer holds the post from that day); NULL = still holds it (at most to the term's end).
-- The application checks every rule first and answers 422 naming it; the constraints below are the backstop
-- against concurrent writers (answered 409).

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE committee_term (
    id                UUID PRIMARY KEY,
    organization_id   UUID         NOT NULL REFERENCES organization (id),
    label             VARCHAR(100) NOT NULL,
    starts_on         DATE         NOT NULL,
    ends_on           DATE         NOT NULL,
    congress_date     DATE         NOT NULL,
    -- "Đại hội lần thứ XII" → 12; optional
    congress_ordinal  INTEGER,
    status            VARCHAR(20)  NOT NULL,
    closed_on         DATE,
    version           BIGINT       NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    CONSTRAINT committee_term_label_uk UNIQUE (organization_id, label),
    CONSTRAINT committee_term_period CHECK (ends_on > starts_on),
    CONSTRAINT committee_term_closed CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL)
                                            AND (closed_on IS NULL OR (closed_on > starts_on AND closed_on <= ends_on))),
    CONSTRAINT committee_term_ordinal CHECK (congress_ordinal IS NULL OR congress_ordinal > 0),
    -- terms of one organization never overlap
    CONSTRAINT committee_term_no_overlap EXCLUDE USING gist (
        organization_id WITH =,
        daterange(starts_on, coalesce(closed_on, ends_on), '[)') WITH &&)
);

CREATE INDEX committee_term_organization_idx ON committee_term (organization_id, starts_on DESC);

-- One post held by one member in one body of a term's committee, with the decisions that began and ended it.
CREATE TABLE committee_assignment (
    id                 UUID PRIMARY KEY,
    term_id            UUID         NOT NULL REFERENCES committee_term (id),
    member_id          UUID         NOT NULL REFERENCES member (id),
    -- PARTY_COMMITTEE (cấp ủy) | INSPECTION_COMMITTEE (UBKT)
    body               VARCHAR(30)  NOT NULL,
    -- SECRETARY, DEPUTY_SECRETARY, STANDING_MEMBER, COMMITTEE_MEMBER | CHAIR, DEPUTY_CHAIR, MEMBER
    position           VARCHAR(30)  NOT NULL,
    from_date          DATE         NOT NULL,
    to_date            DATE,
    decision_ref       VARCHAR(100),
    end_decision_ref   VARCHAR(100),
    end_reason         VARCHAR(300),
    version            BIGINT       NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    CONSTRAINT committee_assignment_period CHECK (to_date IS NULL OR to_date > from_date),
    CONSTRAINT committee_assignment_body CHECK (
        (body = 'PARTY_COMMITTEE'
            AND position IN ('SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER', 'COMMITTEE_MEMBER'))
        OR (body = 'INSPECTION_COMMITTEE' AND position IN ('CHAIR', 'DEPUTY_CHAIR', 'MEMBER'))),
    -- one secretary and one UBKT chair at a time in a term
    CONSTRAINT committee_assignment_single_head EXCLUDE USING gist (
        term_id WITH =,
        position WITH =,
        daterange(from_date, to_date, '[)') WITH &&) WHERE (position IN ('SECRETARY', 'CHAIR')),
    -- nobody holds the same post twice at once
    CONSTRAINT committee_assignment_same_post_once EXCLUDE USING gist (
        term_id WITH =,
        member_id WITH =,
        position WITH =,
        daterange(from_date, to_date, '[)') WITH &&)
);

CREATE INDEX committee_assignment_term_idx ON committee_assignment (term_id, body, position, from_date);
CREATE INDEX committee_assignment_member_idx ON committee_assignment (member_id, from_date);
-- the member list filters by current post
CREATE INDEX committee_assignment_current_idx ON committee_assignment (position, member_id) WHERE to_date IS NULL;

-- Posts with their effective period: held on day D iff from_date <= D AND D < held_until. held_until is the
-- recorded end, or the term's end when the post was not ended before it (so a finished term's posts are not
-- "current" even where to_date stayed NULL). For queries such as the member list's filter by post.
CREATE VIEW committee_post AS
SELECT a.id,
       a.term_id,
       t.organization_id,
       a.member_id,
       a.body,
       a.position,
       a.from_date,
       LEAST(coalesce(a.to_date, 'infinity'::date), coalesce(t.closed_on, t.ends_on)) AS held_until
FROM committee_assignment a
JOIN committee_term t ON t.id = a.term_id;
