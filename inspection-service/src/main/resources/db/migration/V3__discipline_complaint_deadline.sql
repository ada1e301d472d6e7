-- Last day a decided case may be complained about (policy complaint window from the effective date).
ALTER TABLE discipline_case ADD COLUMN complaint_deadline DATE;
ALTER TABLE discipline_case ADD CONSTRAINT discipline_case_complaint_deadline
    CHECK (complaint_deadline IS NULL OR complaint_deadline >= effective_date);
