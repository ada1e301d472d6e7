-- The member register (đảng viên): profile, status with history, and organization membership over time.

-- Accent-insensitive search: unaccent() is only STABLE, so an IMMUTABLE wrapper (fixed dictionary) lets
-- it back a generated column and a trigram index. Đ/đ are mapped explicitly.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION vn_fold(value TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(unaccent('unaccent'::regdictionary, translate(value, 'Đđ', 'Dd'))) $$;

CREATE TABLE member (
    id                       UUID PRIMARY KEY,
    organization_id          UUID         NOT NULL REFERENCES organization (id),
    full_name                VARCHAR(200) NOT NULL,
    family_name              VARCHAR(60)  NOT NULL,
    given_name               VARCHAR(60)  NOT NULL,
    -- Vietnamese collation key (given name, family name, middle name), computed by the application
    name_sort_key            BYTEA        NOT NULL,
    gender                   VARCHAR(10)  NOT NULL,
    date_of_birth            DATE         NOT NULL,
    ethnicity                VARCHAR(60)  NOT NULL,
    religion                 VARCHAR(60),
    hometown                 VARCHAR(300),
    national_id              CHAR(12)     NOT NULL,
    party_card_number        CHAR(12),
    phone                    VARCHAR(20),
    education_level          VARCHAR(60),
    political_theory_level   VARCHAR(30),
    job_title                VARCHAR(200),
    host_agency              VARCHAR(300),
    admission_decision_date  DATE,
    admission_date           DATE         NOT NULL,
    official_date            DATE,
    status                   VARCHAR(20)  NOT NULL,
    search_text              TEXT GENERATED ALWAYS AS
                                 (vn_fold(full_name || ' ' || national_id || ' ' || coalesce(party_card_number, ''))) STORED,
    version                  BIGINT       NOT NULL,
    created_at               TIMESTAMPTZ  NOT NULL,
    updated_at               TIMESTAMPTZ  NOT NULL,
    CONSTRAINT member_national_id_uk UNIQUE (national_id),
    CONSTRAINT member_party_card_number_uk UNIQUE (party_card_number),
    CONSTRAINT member_national_id_digits CHECK (national_id ~ '^[0-9]{12}$'),
    CONSTRAINT member_party_card_digits CHECK (party_card_number IS NULL OR party_card_number ~ '^[0-9]{12}$')
);

CREATE INDEX member_organization_idx ON member (organization_id, name_sort_key);
CREATE INDEX member_name_sort_idx ON member (name_sort_key, id);
CREATE INDEX member_status_idx ON member (status);
CREATE INDEX member_search_trgm_idx ON member USING gin (search_text gin_trgm_ops);

-- Each status change with the decision that caused it.
CREATE TABLE member_status_change (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id      UUID         NOT NULL REFERENCES member (id),
    status         VARCHAR(20)  NOT NULL,
    effective_on   DATE         NOT NULL,
    reason         VARCHAR(1000),
    decision_ref   VARCHAR(100),
    recorded_at    TIMESTAMPTZ  NOT NULL,
    recorded_by    VARCHAR(200) NOT NULL
);

CREATE INDEX member_status_change_member_idx ON member_status_change (member_id, effective_on, id);

-- Which organization a member belonged to, when: valid_from inclusive, valid_to exclusive (NULL = still).
-- "As of D" questions (member counts, transfers, merges) are answered from here.
CREATE TABLE member_affiliation (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id        UUID NOT NULL REFERENCES member (id),
    organization_id  UUID NOT NULL REFERENCES organization (id),
    valid_from       DATE NOT NULL,
    valid_to         DATE,
    reason           VARCHAR(200) NOT NULL,
    CONSTRAINT member_affiliation_period CHECK (valid_to IS NULL OR valid_to > valid_from)
);

CREATE INDEX member_affiliation_member_idx ON member_affiliation (member_id, valid_from);
CREATE INDEX member_affiliation_organization_idx ON member_affiliation (organization_id, valid_from);
CREATE UNIQUE INDEX member_affiliation_current_uk ON member_affiliation (member_id) WHERE valid_to IS NULL;
