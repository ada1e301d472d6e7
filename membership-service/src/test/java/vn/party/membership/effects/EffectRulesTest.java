package vn.party.membership.effects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.party.membership.effects.EffectRules.Restoration;
import vn.party.membership.member.domain.MemberStatus;

class EffectRulesTest {

    @Test
    void anEffectIsDueOnItsDateNotBefore() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertTrue(EffectRules.isDue(today, today));
        assertTrue(EffectRules.isDue(today.minusDays(1), today));
        assertFalse(EffectRules.isDue(today.plusDays(1), today));
    }

    @Test
    void suspensionsAreAboutTheSuspensionAndEverythingElseAboutTheCase() {
        UUID suspension = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        Map<String, Object> payload = Map.of("suspensionId", suspension.toString(), "caseId", caseId.toString());
        assertEquals(suspension, EffectRules.subjectOf(EffectKind.MEMBER_SUSPENSION_ENDS, payload));
        assertEquals(caseId, EffectRules.subjectOf(EffectKind.MEMBER_EXPELLED, payload));
        assertEquals(caseId, EffectRules.subjectOf(EffectKind.DISCIPLINE_ANNULLED, payload));
    }

    @Test
    void theRestoreListIsFollowedAndWithoutItTheFormsDecide() {
        assertEquals(Set.of(Restoration.MEMBERSHIP, Restoration.SUSPENSION),
                EffectRules.restorations(Map.of("restore", List.of("MEMBERSHIP", "SUSPENSION", "SOMETHING"))));
        assertEquals(Set.of(Restoration.MEMBERSHIP, Restoration.POST),
                EffectRules.restorations(Map.of("previousForm", "EXPULSION", "newForm", "WARNING")));
        // expulsion reduced to removal from post: membership back, the post stays lost
        assertEquals(Set.of(Restoration.MEMBERSHIP),
                EffectRules.restorations(Map.of("previousForm", "EXPULSION", "newForm", "REMOVAL_FROM_POST")));
        assertEquals(Set.of(Restoration.POST),
                EffectRules.restorations(Map.of("previousForm", "REMOVAL_FROM_POST", "newForm", "REPRIMAND")));
        assertEquals(Set.of(), EffectRules.restorations(Map.of("previousForm", "WARNING", "newForm", "REPRIMAND")));
    }

    @Test
    void theStatusGivenBackIsTheActiveOneBeforeElseByTheOfficialDate() {
        assertEquals(MemberStatus.EXEMPTED, EffectRules.restoredStatus(MemberStatus.EXEMPTED, true));
        assertEquals(MemberStatus.PROBATIONARY, EffectRules.restoredStatus(MemberStatus.PROBATIONARY, false));
        assertEquals(MemberStatus.OFFICIAL, EffectRules.restoredStatus(MemberStatus.SUSPENDED, true));
        assertEquals(MemberStatus.OFFICIAL, EffectRules.restoredStatus(null, true));
        assertEquals(MemberStatus.PROBATIONARY, EffectRules.restoredStatus(MemberStatus.OFFICIAL, false));
        assertTrue(EffectRules.suspendable(MemberStatus.EXEMPTED));
        assertFalse(EffectRules.suspendable(MemberStatus.EXPELLED));
    }

    @Test
    void theDecisionIsNamedByNumberAndDate() {
        assertEquals("quyết định số 12-QĐ/UBKT ngày 2026-11-20",
                EffectRules.decisionText(Map.of("decisionNumber", "12-QĐ/UBKT", "decisionDate", "2026-11-20")));
        assertEquals("quyết định số 03-KN ngày 2026-12-01",
                EffectRules.decisionText(Map.of("resolutionNumber", "03-KN", "resolutionDate", "2026-12-01")));
    }
}
