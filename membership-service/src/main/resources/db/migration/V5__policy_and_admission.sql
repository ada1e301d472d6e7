-- Policy versions (the Charter's numbers, effective-dated), the working-day calendar, and the admission
-- pipeline for candidates (quần chúng ưu tú) up to the creation of a probationary member.

-- A version is in force from effective_from until the next version's effective_from. Rows are never edited:
-- a change of rules is a new version. Vote thresholds are fractions compared with integer arithmetic.
CREATE TABLE policy_version (
    id                                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    effective_from                    DATE         NOT NULL,
    reference                         VARCHAR(300) NOT NULL,
    min_admission_age_months          INT          NOT NULL,
    max_admission_age_months          INT          NOT NULL,
    probation_months                  INT          NOT NULL,
    introducer_min_months             INT          NOT NULL,
    decision_deadline_working_days    INT          NOT NULL,
    ceremony_deadline_working_days    INT          NOT NULL,
    probation_review_working_days     INT          NOT NULL,
    cell_vote_numerator               INT          NOT NULL,
    cell_vote_denominator             INT          NOT NULL,
    committee_vote_numerator          INT          NOT NULL,
    committee_vote_denominator        INT          NOT NULL,
    failed_probation_votes_escalation INT          NOT NULL,
    created_at                        TIMESTAMPTZ  NOT NULL,
    created_by                        VARCHAR(200) NOT NULL,
    CONSTRAINT policy_version_effective_from_uk UNIQUE (effective_from),
    CONSTRAINT policy_version_ages CHECK (min_admission_age_months > 0
        AND max_admission_age_months > min_admission_age_months),
    CONSTRAINT policy_version_positive CHECK (probation_months > 0 AND introducer_min_months >= 0
        AND decision_deadline_working_days > 0 AND ceremony_deadline_working_days > 0
        AND probation_review_working_days > 0 AND failed_probation_votes_escalation > 0),
    CONSTRAINT policy_version_cell_fraction CHECK (cell_vote_numerator > 0
        AND cell_vote_denominator >= cell_vote_numerator),
    CONSTRAINT policy_version_committee_fraction CHECK (committee_vote_numerator > 0
        AND committee_vote_denominator >= committee_vote_numerator)
);

INSERT INTO policy_version (effective_from, reference, min_admission_age_months, max_admission_age_months,
        probation_months, introducer_min_months, decision_deadline_working_days, ceremony_deadline_working_days,
        probation_review_working_days, cell_vote_numerator, cell_vote_denominator, committee_vote_numerator,
        committee_vote_denominator, failed_probation_votes_escalation, created_at, created_by)
VALUES ('1930-02-03', 'Điều lệ Đảng và hướng dẫn trước năm 2025 (rules before 2025)', 216, 720, 12, 12, 60, 30, 30,
        2, 3, 2, 3, 3, now(), 'migration'),
       ('2025-01-01', 'QĐ 294-QĐ/TW, HD 06-HD/TW (2025)', 216, 720, 12, 12, 60, 30, 30,
        2, 3, 2, 3, 3, now(), 'migration');

-- Public holidays (weekdays off besides Saturdays and Sundays), maintained per year by the bloc office.
CREATE TABLE public_holiday (
    day          DATE PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(200) NOT NULL
);

INSERT INTO public_holiday (day, name, created_at, created_by) VALUES
    ('2025-01-01', 'Tết Dương lịch (New Year)', now(), 'migration'),
    ('2025-01-27', 'Tết Nguyên đán Ất Tỵ', now(), 'migration'),
    ('2025-01-28', 'Tết Nguyên đán Ất Tỵ', now(), 'migration'),
    ('2025-01-29', 'Tết Nguyên đán Ất Tỵ', now(), 'migration'),
    ('2025-01-30', 'Tết Nguyên đán Ất Tỵ', now(), 'migration'),
    ('2025-01-31', 'Tết Nguyên đán Ất Tỵ', now(), 'migration'),
    ('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', now(), 'migration'),
    ('2025-04-30', 'Ngày Giải phóng miền Nam (30/4)', now(), 'migration'),
    ('2025-05-01', 'Ngày Quốc tế Lao động (1/5)', now(), 'migration'),
    ('2025-05-02', 'Nghỉ hoán đổi dịp 30/4–1/5 (swapped day off)', now(), 'migration'),
    ('2025-09-01', 'Quốc khánh (2/9)', now(), 'migration'),
    ('2025-09-02', 'Quốc khánh (2/9)', now(), 'migration'),
    ('2026-01-01', 'Tết Dương lịch (New Year)', now(), 'migration'),
    ('2026-02-16', 'Tết Nguyên đán Bính Ngọ', now(), 'migration'),
    ('2026-02-17', 'Tết Nguyên đán Bính Ngọ', now(), 'migration'),
    ('2026-02-18', 'Tết Nguyên đán Bính Ngọ', now(), 'migration'),
    ('2026-02-19', 'Tết Nguyên đán Bính Ngọ', now(), 'migration'),
    ('2026-02-20', 'Tết Nguyên đán Bính Ngọ', now(), 'migration'),
    ('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật)', now(), 'migration'),
    ('2026-04-30', 'Ngày Giải phóng miền Nam (30/4)', now(), 'migration'),
    ('2026-05-01', 'Ngày Quốc tế Lao động (1/5)', now(), 'migration'),
    ('2026-09-01', 'Quốc khánh (2/9)', now(), 'migration'),
    ('2026-09-02', 'Quốc khánh (2/9)', now(), 'migration'),
    ('2027-01-01', 'Tết Dương lịch (New Year)', now(), 'migration'),
    ('2027-02-04', 'Tết Nguyên đán Đinh Mùi (dự kiến, provisional)', now(), 'migration'),
    ('2027-02-05', 'Tết Nguyên đán Đinh Mùi (dự kiến, provisional)', now(), 'migration'),
    ('2027-02-08', 'Tết Nguyên đán Đinh Mùi (dự kiến, provisional)', now(), 'migration'),
    ('2027-02-09', 'Tết Nguyên đán Đinh Mùi (dự kiến, provisional)', now(), 'migration'),
    ('2027-02-10', 'Tết Nguyên đán Đinh Mùi (dự kiến, provisional)', now(), 'migration'),
    ('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', now(), 'migration'),
    ('2027-04-30', 'Ngày Giải phóng miền Nam (30/4)', now(), 'migration'),
    ('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (1/5 rơi vào thứ Bảy)', now(), 'migration'),
    ('2027-09-02', 'Quốc khánh (2/9)', now(), 'migration'),
    ('2027-09-03', 'Quốc khánh (2/9)', now(), 'migration');

-- A candidate for admission, with the profile the member record is created from, and the data of each stage.
CREATE TABLE candidate (
    id                          UUID PRIMARY KEY,
    organization_id             UUID         NOT NULL REFERENCES organization (id),
    full_name                   VARCHAR(200) NOT NULL,
    gender                      VARCHAR(10)  NOT NULL,
    date_of_birth               DATE         NOT NULL,
    ethnicity                   VARCHAR(60)  NOT NULL,
    religion                    VARCHAR(60),
    hometown                    VARCHAR(300),
    national_id                 CHAR(12)     NOT NULL,
    phone                       VARCHAR(20),
    education_level             VARCHAR(60),
    political_theory_level      VARCHAR(30),
    job_title                   VARCHAR(200),
    host_agency                 VARCHAR(300),
    stage                       VARCHAR(30)  NOT NULL,
    awareness_class_passed_on   DATE,
    awareness_certificate       VARCHAR(100),
    first_introducer_id         UUID REFERENCES member (id),
    second_introducer_id        UUID REFERENCES member (id),
    introducers_assigned_on     DATE,
    dossier_completed_on        DATE,
    cell_considered_on          DATE,
    cell_entitled_voters        INT,
    cell_votes_for              INT,
    committee_voted_on          DATE,
    committee_entitled_voters   INT,
    committee_votes_for         INT,
    decision_number             VARCHAR(100),
    decided_on                  DATE,
    ceremony_on                 DATE,
    member_id                   UUID REFERENCES member (id),
    closed_on                   DATE,
    closed_reason               VARCHAR(1000),
    version                     BIGINT       NOT NULL,
    created_at                  TIMESTAMPTZ  NOT NULL,
    updated_at                  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT candidate_national_id_digits CHECK (national_id ~ '^[0-9]{12}$'),
    CONSTRAINT candidate_introducers_distinct CHECK (first_introducer_id <> second_introducer_id),
    CONSTRAINT candidate_cell_votes CHECK (cell_votes_for IS NULL OR cell_votes_for BETWEEN 0 AND cell_entitled_voters),
    CONSTRAINT candidate_committee_votes CHECK (committee_votes_for IS NULL
        OR committee_votes_for BETWEEN 0 AND committee_entitled_voters)
);

CREATE INDEX candidate_organization_idx ON candidate (organization_id, stage);
CREATE INDEX candidate_national_id_idx ON candidate (national_id);

-- Every stage a candidate reached: who recorded it, when, and the stage's date and details.
CREATE TABLE candidate_stage_change (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    candidate_id   UUID          NOT NULL REFERENCES candidate (id),
    stage          VARCHAR(30)   NOT NULL,
    occurred_on    DATE          NOT NULL,
    details        VARCHAR(1000),
    recorded_at    TIMESTAMPTZ   NOT NULL,
    recorded_by    VARCHAR(200)  NOT NULL
);

CREATE INDEX candidate_stage_change_candidate_idx ON candidate_stage_change (candidate_id, id);

-- The cell's votes on recognising a probationary member as official (công nhận chính thức). Failed votes count
-- towards escalation to the level above; a passing vote makes the member official from the end of probation.
CREATE TABLE probation_vote (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id        UUID          NOT NULL REFERENCES member (id),
    voted_on         DATE          NOT NULL,
    entitled_voters  INT           NOT NULL,
    votes_for        INT           NOT NULL,
    passed           BOOLEAN       NOT NULL,
    decision_ref     VARCHAR(100),
    recorded_at      TIMESTAMPTZ   NOT NULL,
    recorded_by      VARCHAR(200)  NOT NULL,
    CONSTRAINT probation_vote_votes CHECK (entitled_voters > 0 AND votes_for BETWEEN 0 AND entitled_voters)
);

CREATE INDEX probation_vote_member_idx ON probation_vote (member_id, voted_on);
