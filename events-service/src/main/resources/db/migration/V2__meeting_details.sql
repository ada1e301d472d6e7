-- Meetings, complete: plenum numbering, agenda, invitees with attendance, minutes, attachment metadata.

-- A plenum (Hội nghị BCH lần thứ 11, khóa XIX) carries its term and a number allocated per organization
-- and term from number_counter; minutes are the secretary's text record of the meeting.
ALTER TABLE meeting ADD COLUMN term          VARCHAR(20);
ALTER TABLE meeting ADD COLUMN plenum_number INTEGER;
ALTER TABLE meeting ADD COLUMN minutes       TEXT;
ALTER TABLE meeting ADD CONSTRAINT meeting_plenum_has_term CHECK (plenum_number IS NULL OR term IS NOT NULL);
CREATE UNIQUE INDEX meeting_plenum_number_uq ON meeting (organization_id, term, plenum_number)
    WHERE plenum_number IS NOT NULL;

-- Sequential numbers without gaps or duplicates: one row per (issuer, series, period), incremented by an
-- atomic INSERT … ON CONFLICT DO UPDATE … RETURNING in the transaction that uses the number, so the row
-- stays locked until commit and a rollback gives the number back.
CREATE TABLE number_counter (
    issuer_id    UUID        NOT NULL,
    series       VARCHAR(30) NOT NULL,
    period       VARCHAR(30) NOT NULL,
    last_number  INTEGER     NOT NULL,
    PRIMARY KEY (issuer_id, series, period)
);

CREATE TABLE meeting_agenda_item (
    id               UUID PRIMARY KEY,
    meeting_id       UUID         NOT NULL REFERENCES meeting (id),
    position         INTEGER      NOT NULL,
    title            VARCHAR(500) NOT NULL,
    presenter        VARCHAR(200),
    duration_minutes INTEGER,
    CONSTRAINT meeting_agenda_position_uq UNIQUE (meeting_id, position)
);

-- Invitees are members (by id, membership-service's) or guests (by name and title). Attendance is
-- recorded per invitee: PRESENT, EXCUSED (with a reason) or ABSENT; NULL while not yet recorded.
CREATE TABLE meeting_invitee (
    id             UUID PRIMARY KEY,
    meeting_id     UUID         NOT NULL REFERENCES meeting (id),
    member_id      UUID,
    guest_name     VARCHAR(200),
    guest_title    VARCHAR(200),
    attendance     VARCHAR(10),
    excuse_reason  VARCHAR(1000),
    self_check_in  BOOLEAN      NOT NULL DEFAULT FALSE,
    recorded_by    VARCHAR(200),
    recorded_at    TIMESTAMPTZ,
    version        BIGINT       NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT meeting_invitee_member_or_guest CHECK ((member_id IS NULL) <> (guest_name IS NULL)),
    CONSTRAINT meeting_invitee_attendance CHECK (attendance IS NULL OR attendance IN ('PRESENT', 'EXCUSED', 'ABSENT')),
    CONSTRAINT meeting_invitee_excuse_reason CHECK (attendance IS DISTINCT FROM 'EXCUSED' OR excuse_reason IS NOT NULL)
);
CREATE UNIQUE INDEX meeting_invitee_member_uq ON meeting_invitee (meeting_id, member_id) WHERE member_id IS NOT NULL;
CREATE INDEX meeting_invitee_member_idx ON meeting_invitee (member_id);

-- Attachments: metadata only (the file itself lives in the document store).
CREATE TABLE meeting_attachment (
    id          UUID PRIMARY KEY,
    meeting_id  UUID         NOT NULL REFERENCES meeting (id),
    file_name   VARCHAR(255) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT       NOT NULL CHECK (size_bytes >= 0),
    checksum    VARCHAR(100) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX meeting_attachment_meeting_idx ON meeting_attachment (meeting_id);
