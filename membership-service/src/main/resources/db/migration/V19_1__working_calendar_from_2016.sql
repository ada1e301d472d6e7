-- Issue 19: the working calendar holds public holidays (weekdays off) AND compensatory working days (a Saturday
-- worked in exchange for a weekday off, "làm bù"), seeded 2016–2024 here (2025–2027 were seeded by V5; the
-- compensatory Saturday of 2025 is added here). Officials work Monday to Friday; the days follow each year's
-- government notice for cán bộ, công chức, viên chức (Bộ Luật Lao động 2012 until 2020: 1 day for New Year and
-- for 2/9; Bộ Luật Lao động 2019 from 2021: 2/9 plus the day before or after).
-- Confirmed against published notices: 2019 (31/12/2018 off for Saturday 5/1/2019; 29/4 off for Saturday 4/5),
-- 2023 (29/4–3/5 without exchange), 2024 (29/4 off for Saturday 4/5; 2/9 with 3/9), 2025 (2/5 off for Saturday
-- 26/4). NOT CONFIRMED (seeded from the Labour Code's rules and the lunar calendar; check against the notice and
-- correct through the API): the Tết ranges of 2016–2018 and 2020–2022, the substitute days 18/4/2016, 2–3/5/2016,
-- 2/1/2017, 4/9/2017, 3/9/2018, 15/4/2019, 3/5/2021, 3/1/2022, 11/4/2022, 2–3/5/2022, 2/1/2023, 4/9/2023, the
-- choice of 3/9/2021, 1/9/2022, 1/9/2023 as the second day of 2/9, and every 2026–2027 day already seeded by V5
-- (a 2026/2027 exchange, if decided, must be added).
ALTER TABLE public_holiday ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'DAY_OFF';
ALTER TABLE public_holiday ADD CONSTRAINT public_holiday_kind CHECK (kind IN ('DAY_OFF', 'WORKING_DAY'));
-- a compensatory working day is a Saturday or Sunday; a day off is a weekday
ALTER TABLE public_holiday ADD CONSTRAINT public_holiday_kind_weekday CHECK (
    (kind = 'WORKING_DAY' AND extract(isodow FROM day) IN (6, 7))
    OR (kind = 'DAY_OFF' AND extract(isodow FROM day) BETWEEN 1 AND 5));

INSERT INTO public_holiday (day, name, kind, created_at, created_by) VALUES
    -- 2016
    ('2016-01-01', 'Tết Dương lịch (New Year)', 'DAY_OFF', now(), 'migration'),
    ('2016-02-08', 'Tết Nguyên đán Bính Thân', 'DAY_OFF', now(), 'migration'),
    ('2016-02-09', 'Tết Nguyên đán Bính Thân', 'DAY_OFF', now(), 'migration'),
    ('2016-02-10', 'Tết Nguyên đán Bính Thân', 'DAY_OFF', now(), 'migration'),
    ('2016-02-11', 'Tết Nguyên đán Bính Thân', 'DAY_OFF', now(), 'migration'),
    ('2016-02-12', 'Tết Nguyên đán Bính Thân (nghỉ bù, substitute)', 'DAY_OFF', now(), 'migration'),
    ('2016-04-18', 'Nghỉ bù Giỗ Tổ Hùng Vương (16/4 là thứ Bảy)', 'DAY_OFF', now(), 'migration'),
    ('2016-05-02', 'Nghỉ bù Ngày Giải phóng miền Nam (30/4 là thứ Bảy)', 'DAY_OFF', now(), 'migration'),
    ('2016-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (1/5 là Chủ nhật)', 'DAY_OFF', now(), 'migration'),
    ('2016-09-02', 'Quốc khánh (2/9)', 'DAY_OFF', now(), 'migration'),
    -- 2017
    ('2017-01-02', 'Nghỉ bù Tết Dương lịch (1/1 là Chủ nhật)', 'DAY_OFF', now(), 'migration'),
    ('2017-01-26', 'Tết Nguyên đán Đinh Dậu', 'DAY_OFF', now(), 'migration'),
    ('2017-01-27', 'Tết Nguyên đán Đinh Dậu', 'DAY_OFF', now(), 'migration'),
    ('2017-01-30', 'Tết Nguyên đán Đinh Dậu', 'DAY_OFF', now(), 'migration'),
    ('2017-01-31', 'Tết Nguyên đán Đinh Dậu', 'DAY_OFF', now(), 'migration'),
    ('2017-02-01', 'Tết Nguyên đán Đinh Dậu (nghỉ bù, substitute)', 'DAY_OFF', now(), 'migration'),
    ('2017-04-06', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'DAY_OFF', now(), 'migration'),
    ('2017-05-01', 'Ngày Quốc tế Lao động (1/5)', 'DAY_OFF', now(), 'migration'),
    ('2017-05-02', 'Nghỉ bù Ngày Giải phóng miền Nam (30/4 là Chủ nhật)', 'DAY_OFF', now(), 'migration'),
    ('2017-09-04', 'Nghỉ bù Quốc khánh (2/9 là thứ Bảy)', 'DAY_OFF', now(), 'migration'),
    -- 2018
    ('2018-01-01', 'Tết Dương lịch (New Year)', 'DAY_OFF', now(), 'migration'),
    ('2018-02-14', 'Tết Nguyên đán Mậu Tuất', 'DAY_OFF', now(), 'migration'),
    ('2018-02-15', 'Tết Nguyên đán Mậu Tuất', 'DAY_OFF', now(), 'migration'),
    ('2018-02-16', 'Tết Nguyên đán Mậu Tuất', 'DAY_OFF', now(), 'migration'),
    ('2018-02-19', 'Tết Nguyên đán Mậu Tuất', 'DAY_OFF', now(), 'migration'),
    ('2018-02-20', 'Tết Nguyên đán Mậu Tuất', 'DAY_OFF', now(), 'migration'),
    ('2018-04-25', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'DAY_OFF', now(), 'migration'),
    ('2018-04-30', 'Ngày Giải phóng miền Nam (30/4)', 'DAY_OFF', now(), 'migration'),
    ('2018-05-01', 'Ngày Quốc tế Lao động (1/5)', 'DAY_OFF', now(), 'migration'),
    ('2018-09-03', 'Nghỉ bù Quốc khánh (2/9 là Chủ nhật)', 'DAY_OFF', now(), 'migration'),
    ('2018-12-31', 'Nghỉ hoán đổi dịp Tết Dương lịch 2019 (làm bù thứ Bảy 5/1/2019)', 'DAY_OFF', now(), 'migration'),
    -- 2019
    ('2019-01-01', 'Tết Dương lịch (New Year)', 'DAY_OFF', now(), 'migration'),
    ('2019-01-05', 'Làm bù cho ngày nghỉ 31/12/2018 (compensatory working Saturday)', 'WORKING_DAY', now(), 'migration'),
    ('2019-02-04', 'Tết Nguyên đán Kỷ Hợi', 'DAY_OFF', now(), 'migration'),
    ('2019-02-05', 'Tết Nguyên đán Kỷ Hợi', 'DAY_OFF', now(), 'migration'),
    ('2019-02-06', 'Tết Nguyên đán Kỷ Hợi', 'DAY_OFF', now(), 'migration'),
    ('2019-02-07', 'Tết Nguyên đán Kỷ Hợi', 'DAY_OFF', now(), 'migration'),
    ('2019-02-08', 'Tết Nguyên đán Kỷ Hợi', 'DAY_OFF', now(), 'migration'),
    ('2019-04-15', 'Nghỉ bù Giỗ Tổ Hùng Vương (14/4 là Chủ nhật)', 'DAY_OFF', now(), 'migration'),
    ('2019-04-29', 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 4/5/2019)', 'DAY_OFF', now(), 'migration'),
    ('2019-04-30', 'Ngày Giải phóng miền Nam (30/4)', 'DAY_OFF', now(), 'migration'),
    ('2019-05-01', 'Ngày Quốc tế Lao động (1/5)', 'DAY_OFF', now(), 'migration'),
    ('2019-05-04', 'Làm bù cho ngày nghỉ 29/4/2019 (compensatory working Saturday)', 'WORKING_DAY', now(), 'migration'),
    ('2019-09-02', 'Quốc khánh (2/9)', 'DAY_OFF', now(), 'migration'),
    -- 2020
    ('2020-01-01', 'Tết Dương lịch (New Year)', 'DAY_OFF', now(), 'migration'),
    ('2020-01-23', 'Tết Nguyên đán Canh Tý', 'DAY_OFF', now(), 'migration'),
    ('2020-01-24', 'Tết Nguyên đán Canh Tý', 'DAY_OFF', now(), 'migration'),
    ('2020-01-27', 'Tết Nguyên đán Canh Tý', 'DAY_OFF', now(), 'migration'),
    ('2020-01-28', 'Tết Nguyên đán Canh Tý', 'DAY_OFF', now(), 'migration'),
    ('2020-01-29', 'Tết Nguyên đán Canh Tý', 'DAY_OFF', now(), 'migration'),
    ('2020-04-02', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'DAY_OFF', now(), 'migration'),
    ('2020-04-30', 'Ngày Giải phóng miền Nam (30/4)', 'DAY_OFF', now(), 'migration'),
    ('2020-05-01', 'Ngày Quốc tế Lao động (1/5)', 'DAY_OFF', now(), 'migration'),
    ('2020-09-02', 'Quốc khánh (2/9)', 'DAY_OFF', now(), 'migration'),
    -- 2021
    ('2021-01-01', 'Tết Dương lịch (New Year)', 'DAY_OFF', now(), 'migration'),
    ('2021-02-10', 'Tết Nguyên đán Tân Sửu', 'DAY_OFF', now(), 'migration'),
    ('2021-02-11', 'Tết Nguyên đán Tân Sửu', 'DAY_OFF', now(), 'migration'),
    ('2021-02-12', 'Tết Nguyên đán Tân Sửu', 'DAY_OFF', now(), 'migration'),
    ('2021-02-15', 'Tết Nguyên đán Tân Sửu', 'DAY_OFF', now(), 'migration'),
    ('2021-02-16', 'Tết Nguyên đán Tân Sửu', 'DAY_OFF', now(), 'migration'),
    ('2021-04-21', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'DAY_OFF', now(), 'migration'),
    ('2021-04-30', 'Ngày Giải phóng miền Nam (30/4)', 'DAY_OFF', now(), 'migration'),
    ('2021-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (1/5 là thứ Bảy)', 'DAY_OFF', now(), 'migration'),
    ('2021-09-02', 'Quốc khánh (2/9)', 'DAY_OFF', now(), 'migration'),
    ('2021-09-03', 'Quốc khánh (ngày liền sau 2/9)', 'DAY_OFF', now(), 'migration'),
    -- 2022
    ('2022-01-03', 'Nghỉ bù Tết Dương lịch (1/1 là thứ Bảy)', 'DAY_OFF', now(), 'migration'),
    ('2022-01-31', 'Tết Nguyên đán Nhâm Dần', 'DAY_OFF', now(), 'migration'),
    ('2022-02-01', 'Tết Nguyên đán Nhâm Dần', 'DAY_OFF', now(), 'migration'),
    ('2022-02-02', 'Tết Nguyên đán Nhâm Dần', 'DAY_OFF', now(), 'migration'),
    ('2022-02-03', 'Tết Nguyên đán Nhâm Dần', 'DAY_OFF', now(), 'migration'),
    ('2022-02-04', 'Tết Nguyên đán Nhâm Dần', 'DAY_OFF', now(), 'migration'),
    ('2022-04-11', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/4 là Chủ nhật)', 'DAY_OFF', now(), 'migration'),
    ('2022-05-02', 'Nghỉ bù Ngày Giải phóng miền Nam (30/4 là thứ Bảy)', 'DAY_OFF', now(), 'migration'),
    ('2022-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (1/5 là Chủ nhật)', 'DAY_OFF', now(), 'migration'),
    ('2022-09-01', 'Quốc khánh (ngày liền trước 2/9)', 'DAY_OFF', now(), 'migration'),
    ('2022-09-02', 'Quốc khánh (2/9)', 'DAY_OFF', now(), 'migration'),
    -- 2023
    ('2023-01-02', 'Nghỉ bù Tết Dương lịch (1/1 là Chủ nhật)', 'DAY_OFF', now(), 'migration'),
    ('2023-01-20', 'Tết Nguyên đán Quý Mão', 'DAY_OFF', now(), 'migration'),
    ('2023-01-23', 'Tết Nguyên đán Quý Mão', 'DAY_OFF', now(), 'migration'),
    ('2023-01-24', 'Tết Nguyên đán Quý Mão', 'DAY_OFF', now(), 'migration'),
    ('2023-01-25', 'Tết Nguyên đán Quý Mão', 'DAY_OFF', now(), 'migration'),
    ('2023-01-26', 'Tết Nguyên đán Quý Mão', 'DAY_OFF', now(), 'migration'),
    ('2023-05-01', 'Ngày Quốc tế Lao động (1/5)', 'DAY_OFF', now(), 'migration'),
    ('2023-05-02', 'Nghỉ bù Giỗ Tổ Hùng Vương (29/4 là thứ Bảy)', 'DAY_OFF', now(), 'migration'),
    ('2023-05-03', 'Nghỉ bù Ngày Giải phóng miền Nam (30/4 là Chủ nhật)', 'DAY_OFF', now(), 'migration'),
    ('2023-09-01', 'Quốc khánh (ngày liền trước 2/9)', 'DAY_OFF', now(), 'migration'),
    ('2023-09-04', 'Nghỉ bù Quốc khánh (2/9 là thứ Bảy)', 'DAY_OFF', now(), 'migration'),
    -- 2024
    ('2024-01-01', 'Tết Dương lịch (New Year)', 'DAY_OFF', now(), 'migration'),
    ('2024-02-08', 'Tết Nguyên đán Giáp Thìn', 'DAY_OFF', now(), 'migration'),
    ('2024-02-09', 'Tết Nguyên đán Giáp Thìn', 'DAY_OFF', now(), 'migration'),
    ('2024-02-12', 'Tết Nguyên đán Giáp Thìn', 'DAY_OFF', now(), 'migration'),
    ('2024-02-13', 'Tết Nguyên đán Giáp Thìn', 'DAY_OFF', now(), 'migration'),
    ('2024-02-14', 'Tết Nguyên đán Giáp Thìn', 'DAY_OFF', now(), 'migration'),
    ('2024-04-18', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'DAY_OFF', now(), 'migration'),
    ('2024-04-29', 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 4/5/2024)', 'DAY_OFF', now(), 'migration'),
    ('2024-04-30', 'Ngày Giải phóng miền Nam (30/4)', 'DAY_OFF', now(), 'migration'),
    ('2024-05-01', 'Ngày Quốc tế Lao động (1/5)', 'DAY_OFF', now(), 'migration'),
    ('2024-05-04', 'Làm bù cho ngày nghỉ 29/4/2024 (compensatory working Saturday)', 'WORKING_DAY', now(), 'migration'),
    ('2024-09-02', 'Quốc khánh (2/9)', 'DAY_OFF', now(), 'migration'),
    ('2024-09-03', 'Quốc khánh (ngày liền sau 2/9)', 'DAY_OFF', now(), 'migration'),
    -- 2025: the Saturday worked in exchange for Friday 2/5/2025 (seeded as a day off by V5)
    ('2025-04-26', 'Làm bù cho ngày nghỉ 2/5/2025 (compensatory working Saturday)', 'WORKING_DAY', now(), 'migration');
