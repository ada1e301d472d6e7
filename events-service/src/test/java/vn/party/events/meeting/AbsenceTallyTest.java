package vn.party.events.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AbsenceTallyTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private final UUID cell = UUID.randomUUID();
    private final UUID otherCell = UUID.randomUUID();

    private AbsenceTally.Absence absent(UUID member, UUID organization, String at) {
        return new AbsenceTally.Absence(member, organization, Instant.parse(at));
    }

    @Test
    void twoMonthsAreBelowTheThresholdThreeReachIt() {
        UUID two = UUID.randomUUID();
        UUID three = UUID.randomUUID();
        List<AbsenceTally.MemberAbsences> found = AbsenceTally.tally(List.of(
                absent(two, cell, "2025-01-10T02:00:00Z"), absent(two, cell, "2025-02-10T02:00:00Z"),
                absent(three, cell, "2025-01-10T02:00:00Z"), absent(three, cell, "2025-02-10T02:00:00Z"),
                absent(three, cell, "2025-03-10T02:00:00Z")), HANOI, 3);
        assertEquals(1, found.size());
        assertEquals(three, found.get(0).memberId());
        assertEquals(List.of("2025-01", "2025-02", "2025-03"), found.get(0).months());
        assertEquals(3, found.get(0).absentMonths());
    }

    @Test
    void twoMeetingsMissedInOneMonthCountOnce() {
        UUID member = UUID.randomUUID();
        List<AbsenceTally.MemberAbsences> found = AbsenceTally.tally(List.of(
                absent(member, cell, "2025-04-03T02:00:00Z"), absent(member, cell, "2025-04-24T02:00:00Z"),
                absent(member, cell, "2025-05-10T02:00:00Z")), HANOI, 2);
        assertEquals(List.of("2025-04", "2025-05"), found.get(0).months());
        assertTrue(AbsenceTally.tally(List.of(absent(member, cell, "2025-04-03T02:00:00Z"),
                absent(member, cell, "2025-04-24T02:00:00Z"), absent(member, cell, "2025-05-10T02:00:00Z")),
                HANOI, 3).isEmpty());
    }

    @Test
    void monthsAreThoseOfHanoiAndTheLatestMeetingNamesTheOrganization() {
        UUID member = UUID.randomUUID();
        // 17:30 UTC on 31 January is 00:30 on 1 February in Hà Nội
        List<AbsenceTally.MemberAbsences> found = AbsenceTally.tally(List.of(
                absent(member, cell, "2025-01-05T02:00:00Z"), absent(member, otherCell, "2025-01-31T17:30:00Z")),
                HANOI, 1);
        assertEquals(List.of("2025-01", "2025-02"), found.get(0).months());
        assertEquals(otherCell, found.get(0).organizationId());
    }

    @Test
    void mostMonthsFirstThenByMemberId() {
        UUID a = UUID.fromString("00000000-0000-4000-8000-00000000000a");
        UUID b = UUID.fromString("00000000-0000-4000-8000-00000000000b");
        UUID c = UUID.fromString("f0000000-0000-4000-8000-00000000000c");
        List<AbsenceTally.MemberAbsences> found = AbsenceTally.tally(List.of(
                absent(b, cell, "2025-01-05T02:00:00Z"),
                absent(c, cell, "2025-01-05T02:00:00Z"), absent(c, cell, "2025-02-05T02:00:00Z"),
                absent(a, cell, "2025-03-05T02:00:00Z")), HANOI, 1);
        assertEquals(List.of(c, a, b), found.stream().map(AbsenceTally.MemberAbsences::memberId).toList());
    }
}
