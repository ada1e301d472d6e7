-- Party dues (đảng phí): the rates join the policy versions; per member an effective-dated dues basis and the
-- payments recorded per month. See docs/party-dues.md.

-- The rates in force from a version's effective date (QĐ 342-QĐ/TW): a percentage of the declared monthly income
-- for members on a salary, of the pension for pensioners, and a fixed monthly amount per band (between the minimum
-- and the maximum) for the others. Amounts are whole đồng; the computed percentage is rounded half up to a multiple
-- of the rounding unit. unpaid_months_warning is the "3 months in a year" of the removal rule (a warning only).
ALTER TABLE policy_version
    ADD COLUMN dues_salary_percent        NUMERIC(6, 3) NOT NULL DEFAULT 1.000,
    ADD COLUMN dues_pension_percent       NUMERIC(6, 3) NOT NULL DEFAULT 0.500,
    ADD COLUMN dues_other_minimum_vnd     BIGINT        NOT NULL DEFAULT 2000,
    ADD COLUMN dues_other_maximum_vnd     BIGINT        NOT NULL DEFAULT 30000,
    ADD COLUMN dues_rounding_unit_vnd     BIGINT        NOT NULL DEFAULT 1000,
    ADD COLUMN dues_unpaid_months_warning INT           NOT NULL DEFAULT 3,
    ADD CONSTRAINT policy_version_dues CHECK (dues_salary_percent > 0 AND dues_salary_percent <= 100
        AND dues_pension_percent > 0 AND dues_pension_percent <= 100
        AND dues_other_minimum_vnd > 0 AND dues_other_maximum_vnd >= dues_other_minimum_vnd
        AND dues_rounding_unit_vnd IN (1, 10, 100, 1000)
        AND dues_unpaid_months_warning BETWEEN 1 AND 12);

-- The fixed monthly amounts for members without salary or pension, per band, in each policy version.
CREATE TABLE policy_dues_band (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    policy_version_id  BIGINT       NOT NULL REFERENCES policy_version (id),
    code               VARCHAR(40)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    monthly_amount_vnd BIGINT       NOT NULL,
    CONSTRAINT policy_dues_band_uk UNIQUE (policy_version_id, code),
    CONSTRAINT policy_dues_band_code CHECK (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    CONSTRAINT policy_dues_band_amount CHECK (monthly_amount_vnd > 0)
);

-- Starting amounts within the Charter's 2,000–30,000 đồng; the provincial standing committee sets the real ones
-- (a new policy version).
INSERT INTO policy_dues_band (policy_version_id, code, name, monthly_amount_vnd)
SELECT v.id, b.code, b.name, b.amount
FROM policy_version v
CROSS JOIN (VALUES
    ('STUDENT', 'Học sinh, sinh viên (students)', 2000),
    ('NO_REGULAR_INCOME', 'Không có thu nhập thường xuyên (no regular income)', 5000),
    ('SELF_EMPLOYED', 'Lao động tự do, kinh doanh cá thể (self-employed)', 20000)) AS b (code, name, amount);

-- A member's dues basis from a month on (until the member's next basis): the category and the declared amount the
-- due is computed from, plus a voluntary extra (whole đồng). Set by the secretary of the member's organization or
-- the bloc office; edited with optimistic locking.
CREATE TABLE dues_basis (
    id                  UUID PRIMARY KEY,
    member_id           UUID          NOT NULL REFERENCES member (id),
    effective_month     DATE          NOT NULL,
    category            VARCHAR(20)   NOT NULL,
    monthly_income_vnd  BIGINT,
    monthly_pension_vnd BIGINT,
    band_code           VARCHAR(40),
    voluntary_extra_vnd BIGINT        NOT NULL DEFAULT 0,
    note                VARCHAR(500),
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    CONSTRAINT dues_basis_month_uk UNIQUE (member_id, effective_month),
    CONSTRAINT dues_basis_first_day CHECK (extract(day FROM effective_month) = 1),
    CONSTRAINT dues_basis_category CHECK (
        (category = 'SALARIED' AND monthly_income_vnd > 0 AND monthly_pension_vnd IS NULL AND band_code IS NULL)
        OR (category = 'PENSIONER' AND monthly_pension_vnd > 0 AND monthly_income_vnd IS NULL AND band_code IS NULL)
        OR (category = 'OTHER' AND band_code IS NOT NULL AND monthly_income_vnd IS NULL AND monthly_pension_vnd IS NULL)),
    CONSTRAINT dues_basis_extra CHECK (voluntary_extra_vnd >= 0)
);

-- One payment towards one month's due (a month can be paid in several payments). Never edited.
CREATE TABLE dues_payment (
    id            UUID PRIMARY KEY,
    member_id     UUID          NOT NULL REFERENCES member (id),
    month         DATE          NOT NULL,
    amount_vnd    BIGINT        NOT NULL,
    paid_on       DATE          NOT NULL,
    collected_by  VARCHAR(200)  NOT NULL,
    note          VARCHAR(500),
    recorded_at   TIMESTAMPTZ   NOT NULL,
    recorded_by   VARCHAR(200)  NOT NULL,
    CONSTRAINT dues_payment_first_day CHECK (extract(day FROM month) = 1),
    CONSTRAINT dues_payment_amount CHECK (amount_vnd > 0)
);

CREATE INDEX dues_payment_member_idx ON dues_payment (member_id, month);
