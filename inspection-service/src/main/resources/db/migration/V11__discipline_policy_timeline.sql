-- Issue 19 (discipline): the rules of every year from 2016, the statute keyed on the level the violation warrants,
-- the authority matrix by the deciding body's level, the complaint deadline from receipt.
--
-- Versions (effective_from = the day the text took effect). Checked with the search tool: QĐ 296-QĐ/TW was signed
-- on 30/5/2025 (quanlynhanuoc.vn). NOT CONFIRMED (to check with the bloc's UBKT against the texts):
--   * QĐ 296-QĐ/TW in force from its signature (30/5/2025): the usual "có hiệu lực từ ngày ký", not read in the text;
--   * QĐ 30-QĐ/TW dated 26/7/2016, QĐ 102-QĐ/TW dated 15/11/2017, QĐ 69-QĐ/TW dated 6/7/2022: from memory;
--   * QĐ 22-QĐ/TW 28/7/2021 and QĐ 262-QĐ/TW 3/2/2025: as given in the domain notes, not read in the texts;
--   * that suspension (90/180 days), complaint window (1 month), vote thresholds and statute years (5/10/none) were
--     the same in every era (the Charter's numbers; no era found that changed them);
--   * the categories without statute (internal political security; national security, defence, foreign affairs;
--     illegal diplomas) are seeded from QĐ 22-QĐ/TW (2021) on; whether the 2016/2017 texts listed them is not
--     confirmed, so those versions keep only "no statute for khai trừ-level violations".

-- The seeded "2025-01-01" version was QĐ 296's: it takes effect on 30/5/2025.
UPDATE discipline_policy
SET effective_from = DATE '2025-05-30',
    source = 'QĐ 296-QĐ/TW (ký 30/5/2025, hiệu lực từ ngày ký — chưa xác nhận) về công tác kiểm tra, giám sát và kỷ luật của Đảng'
WHERE id = '00000000-0000-4000-8000-00000000d296';

INSERT INTO discipline_policy (id, effective_from, source, suspension_max_initial_days, suspension_max_total_days,
                               complaint_window_months)
VALUES ('00000000-0000-4000-8000-00000000d030', DATE '2016-07-26',
        'QĐ 30-QĐ/TW (26/7/2016) thi hành Chương VII, VIII Điều lệ Đảng về kiểm tra, giám sát, kỷ luật', 90, 180, 1),
       ('00000000-0000-4000-8000-00000000d102', DATE '2017-11-15',
        'QĐ 102-QĐ/TW (15/11/2017) xử lý kỷ luật đảng viên vi phạm; QĐ 30-QĐ/TW (2016)', 90, 180, 1),
       ('00000000-0000-4000-8000-00000000d022', DATE '2021-07-28',
        'QĐ 22-QĐ/TW (28/7/2021) về công tác kiểm tra, giám sát và kỷ luật của Đảng; QĐ 102-QĐ/TW (2017)', 90, 180, 1),
       ('00000000-0000-4000-8000-00000000d069', DATE '2022-07-06',
        'QĐ 69-QĐ/TW (6/7/2022) về kỷ luật tổ chức đảng, đảng viên vi phạm; QĐ 22-QĐ/TW (2021)', 90, 180, 1),
       ('00000000-0000-4000-8000-00000000d262', DATE '2025-02-03',
        'QĐ 262-QĐ/TW (3/2/2025); QĐ 22-QĐ/TW (2021); QĐ 69-QĐ/TW (2022)', 90, 180, 1);

INSERT INTO discipline_policy_form (policy_id, form, statute_years, vote_numerator, vote_denominator, vote_strict)
SELECT v.id, f.form, f.statute_years, f.vote_numerator, f.vote_denominator, f.vote_strict
FROM discipline_policy_form f
CROSS JOIN (VALUES ('00000000-0000-4000-8000-00000000d030'::uuid), ('00000000-0000-4000-8000-00000000d102'::uuid),
                   ('00000000-0000-4000-8000-00000000d022'::uuid), ('00000000-0000-4000-8000-00000000d069'::uuid),
                   ('00000000-0000-4000-8000-00000000d262'::uuid)) AS v (id)
WHERE f.policy_id = '00000000-0000-4000-8000-00000000d296';

INSERT INTO discipline_policy_authority (policy_id, body_kind, target_kind, form)
SELECT v.id, a.body_kind, a.target_kind, a.form
FROM discipline_policy_authority a
CROSS JOIN (VALUES ('00000000-0000-4000-8000-00000000d030'::uuid), ('00000000-0000-4000-8000-00000000d102'::uuid),
                   ('00000000-0000-4000-8000-00000000d022'::uuid), ('00000000-0000-4000-8000-00000000d069'::uuid),
                   ('00000000-0000-4000-8000-00000000d262'::uuid)) AS v (id)
WHERE a.policy_id = '00000000-0000-4000-8000-00000000d296';

-- Categories of violation with no statute of limitations, whatever their level.
CREATE TABLE discipline_policy_no_statute_category (
    policy_id UUID        NOT NULL REFERENCES discipline_policy (id),
    category  VARCHAR(60) NOT NULL,
    PRIMARY KEY (policy_id, category)
);
INSERT INTO discipline_policy_no_statute_category (policy_id, category)
SELECT v.id, c.category
FROM (VALUES ('00000000-0000-4000-8000-00000000d022'::uuid), ('00000000-0000-4000-8000-00000000d069'::uuid),
             ('00000000-0000-4000-8000-00000000d262'::uuid), ('00000000-0000-4000-8000-00000000d296'::uuid)) AS v (id)
CROSS JOIN (VALUES ('INTERNAL_POLITICAL_SECURITY'), ('NATIONAL_SECURITY_DEFENCE_FOREIGN_AFFAIRS'),
                   ('ILLEGAL_DIPLOMA')) AS c (category);

-- The authority matrix by the deciding body's level: which body kind, sitting at an organization of which type
-- (membership's organization type on the decision date), may impose which form on which target. A body kind with
-- no row for a type does not exist there (a cell has no UBKT). The grassroots committee's expulsion assumes it is
-- authorized to admit members (Charter art. 36), as the bloc's đảng ủy cơ sở are: to confirm.
CREATE TABLE discipline_policy_body_level (
    policy_id         UUID        NOT NULL REFERENCES discipline_policy (id),
    body_kind         VARCHAR(30) NOT NULL,
    organization_type VARCHAR(30) NOT NULL,
    target_kind       VARCHAR(20) NOT NULL,
    form              VARCHAR(30) NOT NULL,
    PRIMARY KEY (policy_id, body_kind, organization_type, target_kind, form)
);
INSERT INTO discipline_policy_body_level (policy_id, body_kind, organization_type, target_kind, form)
SELECT p.id, m.body_kind, m.organization_type, m.target_kind, m.form
FROM discipline_policy p
CROSS JOIN (VALUES
    ('CELL',                 'SUBORDINATE_CELL',     'MEMBER',       'REPRIMAND'),
    ('CELL',                 'SUBORDINATE_CELL',     'MEMBER',       'WARNING'),
    ('CELL',                 'GRASSROOTS_CELL',      'MEMBER',       'REPRIMAND'),
    ('CELL',                 'GRASSROOTS_CELL',      'MEMBER',       'WARNING'),
    ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'MEMBER',       'REPRIMAND'),
    ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'MEMBER',       'WARNING'),
    ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'MEMBER',       'REMOVAL_FROM_POST'),
    ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'MEMBER',       'EXPULSION'),
    ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'ORGANIZATION', 'REPRIMAND'),
    ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'ORGANIZATION', 'WARNING'),
    ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'ORGANIZATION', 'DISSOLUTION'),
    ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL',      'MEMBER',       'REPRIMAND'),
    ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL',      'MEMBER',       'WARNING'),
    ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL',      'MEMBER',       'REMOVAL_FROM_POST'),
    ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL',      'MEMBER',       'EXPULSION'),
    ('STANDING_COMMITTEE',   'GRASSROOTS_COMMITTEE', 'MEMBER',       'REPRIMAND'),
    ('STANDING_COMMITTEE',   'GRASSROOTS_COMMITTEE', 'MEMBER',       'WARNING'),
    ('STANDING_COMMITTEE',   'GRASSROOTS_COMMITTEE', 'MEMBER',       'REMOVAL_FROM_POST'),
    ('STANDING_COMMITTEE',   'GRASSROOTS_COMMITTEE', 'MEMBER',       'EXPULSION'),
    ('STANDING_COMMITTEE',   'GRASSROOTS_COMMITTEE', 'ORGANIZATION', 'REPRIMAND'),
    ('STANDING_COMMITTEE',   'GRASSROOTS_COMMITTEE', 'ORGANIZATION', 'WARNING'),
    ('STANDING_COMMITTEE',   'GRASSROOTS_COMMITTEE', 'ORGANIZATION', 'DISSOLUTION'),
    ('STANDING_COMMITTEE',   'BLOC_COMMITTEE',       'MEMBER',       'REPRIMAND'),
    ('STANDING_COMMITTEE',   'BLOC_COMMITTEE',       'MEMBER',       'WARNING'),
    ('STANDING_COMMITTEE',   'BLOC_COMMITTEE',       'MEMBER',       'REMOVAL_FROM_POST'),
    ('STANDING_COMMITTEE',   'BLOC_COMMITTEE',       'MEMBER',       'EXPULSION'),
    ('STANDING_COMMITTEE',   'BLOC_COMMITTEE',       'ORGANIZATION', 'REPRIMAND'),
    ('STANDING_COMMITTEE',   'BLOC_COMMITTEE',       'ORGANIZATION', 'WARNING'),
    ('STANDING_COMMITTEE',   'BLOC_COMMITTEE',       'ORGANIZATION', 'DISSOLUTION'),
    -- a grassroots UBKT: khiển trách, cảnh cáo of members only
    ('INSPECTION_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'MEMBER',       'REPRIMAND'),
    ('INSPECTION_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'MEMBER',       'WARNING'),
    ('INSPECTION_COMMITTEE', 'BLOC_COMMITTEE',       'MEMBER',       'REPRIMAND'),
    ('INSPECTION_COMMITTEE', 'BLOC_COMMITTEE',       'MEMBER',       'WARNING'),
    ('INSPECTION_COMMITTEE', 'BLOC_COMMITTEE',       'MEMBER',       'REMOVAL_FROM_POST'),
    ('INSPECTION_COMMITTEE', 'BLOC_COMMITTEE',       'MEMBER',       'EXPULSION'),
    ('INSPECTION_COMMITTEE', 'BLOC_COMMITTEE',       'ORGANIZATION', 'REPRIMAND'),
    ('INSPECTION_COMMITTEE', 'BLOC_COMMITTEE',       'ORGANIZATION', 'WARNING')
) AS m (body_kind, organization_type, target_kind, form);

-- The case: the level the violation warrants and its category (statute), the end of a continuing violation, the day
-- the competent body concluded that discipline is due or decided to inspect (the statute stops there), and the day
-- the member received the decision (the complaint window runs from it).
ALTER TABLE discipline_case ADD COLUMN violation_level VARCHAR(30);
-- NULL (rows written directly, e.g. by an import that does not know it): the proposed form's level
UPDATE discipline_case SET violation_level = proposed_form;
ALTER TABLE discipline_case ADD COLUMN violation_category VARCHAR(60);
ALTER TABLE discipline_case ADD COLUMN violation_ended_on DATE;
ALTER TABLE discipline_case ADD COLUMN statute_stopped_on DATE;
ALTER TABLE discipline_case ADD COLUMN decision_received_on DATE;
ALTER TABLE discipline_case ADD CONSTRAINT discipline_case_violation_end
    CHECK (violation_ended_on IS NULL OR violation_ended_on >= violation_date);
ALTER TABLE discipline_case ADD CONSTRAINT discipline_case_received
    CHECK (decision_received_on IS NULL OR decision_received_on >= decision_date);
ALTER TABLE discipline_case DROP CONSTRAINT discipline_case_complaint_deadline;

-- Records already judged point at the version in force on their own date.
UPDATE discipline_case c SET policy_id = (SELECT p.id FROM discipline_policy p WHERE p.effective_from <= c.decision_date
                                          ORDER BY p.effective_from DESC LIMIT 1)
WHERE c.policy_id IS NOT NULL;
UPDATE suspension s SET policy_id = (SELECT p.id FROM discipline_policy p WHERE p.effective_from <= s.start_date
                                     ORDER BY p.effective_from DESC LIMIT 1);
UPDATE discipline_complaint k SET policy_id = (SELECT p.policy_id FROM discipline_case p WHERE p.id = k.case_id);

-- Denunciations: the resolution period per era (60 days at the grassroots in every era: to confirm).
UPDATE denunciation_policy SET effective_from = DATE '2021-07-28',
    source = 'QĐ 22-QĐ/TW (28/7/2021) và hướng dẫn thi hành (thời hạn giải quyết tố cáo; cần UBKT Khối xác nhận)'
WHERE id = '00000000-0000-4000-8000-00000000d022';
INSERT INTO denunciation_policy (id, effective_from, source, resolution_days)
VALUES ('00000000-0000-4000-8000-00000000d030', DATE '2016-07-26',
        'QĐ 30-QĐ/TW (26/7/2016) (thời hạn giải quyết tố cáo; cần UBKT Khối xác nhận)', 60),
       ('00000000-0000-4000-8000-00000000d296', DATE '2025-05-30',
        'QĐ 296-QĐ/TW (30/5/2025) (thời hạn giải quyết tố cáo; cần UBKT Khối xác nhận)', 60);
UPDATE denunciation d SET policy_id = (SELECT p.id FROM denunciation_policy p WHERE p.effective_from <= d.received_date
                                       ORDER BY p.effective_from DESC LIMIT 1);
