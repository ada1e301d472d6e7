-- Issue 19. The admission decision's deadline counts from the day the cell adopts its resolution proposing admission
-- (candidate.cell_considered_on), and the deciding level may extend it once, with a reason, by up to
-- decision_extension_max_working_days (HD 01-HD/TW 2016 and 2021, HD 06-HD/TW 2025: "có thể kéo dài nhưng không quá
-- 30 ngày làm việc"). A cell needs at least min_cell_official_members official members (Charter, art. 10: a cell has
-- at least 3 official members). Both numbers are the same in every version seeded so far.
ALTER TABLE policy_version ADD COLUMN decision_extension_max_working_days INT NOT NULL DEFAULT 30;
ALTER TABLE policy_version ADD COLUMN min_cell_official_members INT NOT NULL DEFAULT 3;
ALTER TABLE policy_version ADD CONSTRAINT policy_version_issue19_numbers CHECK (
    decision_extension_max_working_days >= 0 AND min_cell_official_members > 0);

-- the extension of the decision deadline: granted on, how many working days, why, by which organization
ALTER TABLE candidate ADD COLUMN decision_extended_on DATE;
ALTER TABLE candidate ADD COLUMN decision_extension_working_days INT;
ALTER TABLE candidate ADD COLUMN decision_extension_reason VARCHAR(1000);
ALTER TABLE candidate ADD COLUMN decision_extended_by UUID REFERENCES organization (id);
ALTER TABLE candidate ADD CONSTRAINT candidate_decision_extension CHECK (
    (decision_extended_on IS NULL AND decision_extension_working_days IS NULL AND decision_extension_reason IS NULL
        AND decision_extended_by IS NULL)
    OR (decision_extended_on IS NOT NULL AND decision_extension_working_days > 0
        AND decision_extension_reason IS NOT NULL AND decision_extended_by IS NOT NULL));
