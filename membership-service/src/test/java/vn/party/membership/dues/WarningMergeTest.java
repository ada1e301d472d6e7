package vn.party.membership.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class WarningMergeTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    private static DuesViews.MemberArrears member(String name, String... unpaid) {
        return new DuesViews.MemberArrears(UUID.randomUUID(), name, UUID.randomUUID(),
                List.of(unpaid).stream().map(YearMonth::parse).toList(), List.of(), 0);
    }

    private static List<YearMonth> months(String... months) {
        return List.of(months).stream().map(YearMonth::parse).toList();
    }

    @Test
    void eitherHalfAtTheThresholdListsTheMemberWithItsReasons() {
        DuesViews.MemberArrears twoAndTwo = member("A", "2025-01", "2025-02");
        DuesViews.MemberArrears dues = member("B", "2025-01", "2025-02", "2025-03");
        DuesViews.MemberArrears absent = member("C");
        DuesViews.MemberArrears both = member("D", "2025-01", "2025-02", "2025-03");
        List<DuesViews.Warning> found = WarningMerge.merge(List.of(twoAndTwo, dues, absent, both), Map.of(
                twoAndTwo.memberId(), months("2025-02", "2025-03"),
                absent.memberId(), months("2025-01", "2025-02", "2025-03"),
                both.memberId(), months("2025-01", "2025-02", "2025-03")), 3, MARCH);
        // two unpaid and two absent months do not add up: each half is counted on its own
        assertEquals(List.of("B", "C", "D"), found.stream().map(DuesViews.Warning::fullName).toList());
        assertEquals(List.of(WarningMerge.DUES), found.get(0).reasons());
        assertEquals(List.of(), found.get(0).absentMonths());
        assertEquals(List.of(WarningMerge.ATTENDANCE), found.get(1).reasons());
        assertEquals(List.of(WarningMerge.DUES, WarningMerge.ATTENDANCE), found.get(2).reasons());
    }

    @Test
    void absencesAfterTheLastMonthConsideredDoNotCount() {
        DuesViews.MemberArrears member = member("A");
        assertTrue(WarningMerge.merge(List.of(member), Map.of(member.memberId(), months("2025-02", "2025-03", "2025-04")),
                3, MARCH).isEmpty());
        assertEquals(1, WarningMerge.merge(List.of(member),
                Map.of(member.memberId(), months("2025-02", "2025-03", "2025-04")), 3, YearMonth.of(2025, 4)).size());
    }

    @Test
    void unknownAttendanceListsTheDuesHalfWithoutAbsentMonths() {
        DuesViews.MemberArrears dues = member("B", "2025-01", "2025-02", "2025-03");
        List<DuesViews.Warning> found = WarningMerge.merge(List.of(member("A"), dues), null, 3, MARCH);
        assertEquals(1, found.size());
        assertEquals(List.of(WarningMerge.DUES), found.get(0).reasons());
        assertNull(found.get(0).absentMonths());
    }
}
