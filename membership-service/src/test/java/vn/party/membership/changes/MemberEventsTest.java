package vn.party.membership.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import vn.party.membership.member.domain.MemberStatus;

class MemberEventsTest {

    @Test
    void leavingStatusesAreNamedByTheStatusReached() {
        assertEquals("EXPELLED", MemberEvents.ofStatusChange(MemberStatus.OFFICIAL, MemberStatus.EXPELLED));
        assertEquals("EXPELLED", MemberEvents.ofStatusChange(MemberStatus.SUSPENDED, MemberStatus.EXPELLED));
        assertEquals("REMOVED", MemberEvents.ofStatusChange(MemberStatus.PROBATIONARY, MemberStatus.REMOVED));
        assertEquals("LEFT", MemberEvents.ofStatusChange(MemberStatus.OFFICIAL, MemberStatus.LEFT));
        assertEquals("DECEASED", MemberEvents.ofStatusChange(MemberStatus.EXEMPTED, MemberStatus.DECEASED));
        assertEquals("TRANSFERRED_OUT", MemberEvents.ofStatusChange(MemberStatus.OFFICIAL, MemberStatus.TRANSFERRED_OUT));
        assertEquals("SUSPENDED", MemberEvents.ofStatusChange(MemberStatus.OFFICIAL, MemberStatus.SUSPENDED));
        assertEquals("EXEMPTED", MemberEvents.ofStatusChange(MemberStatus.PROBATIONARY, MemberStatus.EXEMPTED));
    }

    @Test
    void comingBackToAnActiveStatusIsNamedByWhereTheMemberCameFrom() {
        assertEquals("OFFICIAL", MemberEvents.ofStatusChange(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL));
        assertEquals("EXEMPTION_ENDED", MemberEvents.ofStatusChange(MemberStatus.EXEMPTED, MemberStatus.OFFICIAL));
        assertEquals("EXEMPTION_ENDED", MemberEvents.ofStatusChange(MemberStatus.EXEMPTED, MemberStatus.PROBATIONARY));
        assertEquals("REINSTATED", MemberEvents.ofStatusChange(MemberStatus.SUSPENDED, MemberStatus.OFFICIAL));
        assertEquals("REINSTATED", MemberEvents.ofStatusChange(MemberStatus.EXPELLED, MemberStatus.OFFICIAL));
        assertEquals("REINSTATED", MemberEvents.ofStatusChange(MemberStatus.SUSPENDED, MemberStatus.EXEMPTED));
        // a correction with no domain meaning, and no change at all
        assertNull(MemberEvents.ofStatusChange(MemberStatus.REMOVED, MemberStatus.OFFICIAL));
        assertNull(MemberEvents.ofStatusChange(MemberStatus.OFFICIAL, MemberStatus.OFFICIAL));
    }
}
