package vn.party.gateway.warnings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.party.contracts.warnings.DuesWarning;
import vn.party.contracts.warnings.MemberAbsences;
import vn.party.contracts.warnings.WarningReason;

/** The union the gateway applies to membership's dues half and events' absences. */
class RemovalWarningsTest {

    private static final UUID CELL = UUID.randomUUID();
    private static final YearMonth MAY = YearMonth.of(2025, 5);

    @Test
    void aMemberIsListedForDuesOrForAbsencesUpToTheLastMonthConsidered() {
        UUID debtor = UUID.randomUUID();
        UUID both = UUID.randomUUID();
        UUID absent = UUID.randomUUID();
        UUID lateAbsences = UUID.randomUUID();
        List<DuesWarning> dues = List.of(
                dues(debtor, "2025-01", "2025-02", "2025-03"),
                dues(both, "2025-02", "2025-03", "2025-04"));
        List<MemberAbsences> absences = List.of(
                absences(absent, "2025-01", "2025-03", "2025-05"),
                absences(both, "2025-02", "2025-03", "2025-04", "2025-04"),
                // June has not ended on the list's date: only 2 months count
                absences(lateAbsences, "2025-04", "2025-05", "2025-06"));

        List<RemovalWarnings.Item> found = RemovalWarnings.compose(dues, absences, 3, MAY);

        assertEquals(List.of(debtor, both, absent), found.stream().map(RemovalWarnings.Item::memberId).toList());
        assertEquals(List.of("DUES"), found.get(0).reasons());
        assertEquals(List.of(), found.get(0).absentMonths());
        assertEquals(List.of("DUES", "ATTENDANCE"), found.get(1).reasons());
        assertEquals(List.of(YearMonth.of(2025, 2), YearMonth.of(2025, 3), YearMonth.of(2025, 4)),
                found.get(1).absentMonths());
        assertEquals(List.of("ATTENDANCE"), found.get(2).reasons());
        assertNull(found.get(2).fullName(), "events does not hold the register");
        assertEquals(List.of(), found.get(2).unpaidMonths());
    }

    @Test
    void anUnknownHalfLeavesTheOtherHalfAndSaysNothingOfItsOwnFields() {
        UUID debtor = UUID.randomUUID();
        UUID absent = UUID.randomUUID();
        List<RemovalWarnings.Item> duesOnly = RemovalWarnings.compose(
                List.of(dues(debtor, "2025-01", "2025-02", "2025-03")), null, 3, MAY);
        assertEquals(1, duesOnly.size());
        assertNull(duesOnly.get(0).absentMonths(), "attendance unknown, not zero");

        List<RemovalWarnings.Item> attendanceOnly = RemovalWarnings.compose(null,
                List.of(absences(absent, "2025-01", "2025-02", "2025-03")), 3, MAY);
        assertEquals(List.of(absent), attendanceOnly.stream().map(RemovalWarnings.Item::memberId).toList());
        assertNull(attendanceOnly.get(0).unpaidMonths(), "dues unknown, not zero");
    }

    @Test
    void theLastMonthConsideredIsDecemberOfAPastYearElseTheMonthBeforeAsOf() {
        assertEquals(YearMonth.of(2024, 12), RemovalWarnings.lastMonthConsidered(2024, LocalDate.of(2025, 3, 1)));
        assertEquals(YearMonth.of(2025, 5), RemovalWarnings.lastMonthConsidered(2025, LocalDate.of(2025, 6, 15)));
        assertEquals(YearMonth.of(2024, 12), RemovalWarnings.lastMonthConsidered(2025, LocalDate.of(2025, 1, 20)));
    }

    private static DuesWarning dues(UUID member, String... unpaid) {
        return new DuesWarning(member, "Đảng viên " + member, CELL, List.of(WarningReason.DUES), months(unpaid),
                List.of(), 150000L);
    }

    private static MemberAbsences absences(UUID member, String... months) {
        return new MemberAbsences(member, CELL, months(months), months.length);
    }

    private static List<YearMonth> months(String... months) {
        return java.util.Arrays.stream(months).map(YearMonth::parse).toList();
    }
}
