-- Documents issued by meetings: resolutions (NQ), conclusions (KL), notices (TB), numbered per issuing
-- organization, document type and period (a term such as "khóa XIX", or a year such as "2026") from
-- number_counter, e.g. "05-NQ/ĐU", "920-TB/TU".
CREATE TABLE meeting_document (
    id                   UUID PRIMARY KEY,
    meeting_id           UUID         NOT NULL REFERENCES meeting (id),
    issuer_id            UUID         NOT NULL,
    type                 VARCHAR(20)  NOT NULL,
    period               VARCHAR(30)  NOT NULL,
    number               INTEGER      NOT NULL CHECK (number > 0),
    issuer_abbreviation  VARCHAR(20)  NOT NULL,
    symbol               VARCHAR(60)  NOT NULL,
    title                VARCHAR(500) NOT NULL,
    issued_on            DATE         NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL,
    CONSTRAINT meeting_document_number_uq UNIQUE (issuer_id, type, period, number),
    -- the same document submitted twice from one meeting is refused (and gives its number back)
    CONSTRAINT meeting_document_once_uq UNIQUE (meeting_id, type, title)
);
CREATE INDEX meeting_document_meeting_idx ON meeting_document (meeting_id);
