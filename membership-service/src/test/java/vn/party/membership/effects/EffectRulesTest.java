package vn.party.membership.effects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.party.contracts.effects.DisciplineAnnulled;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.contracts.effects.DisciplineReduced;
import vn.party.contracts.effects.MemberExpelled;
import vn.party.contracts.effects.MemberSuspensionEnds;
import vn.party.contracts.effects.Restoration;
import vn.party.membership.member.domain.MemberStatus;

class EffectRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static DisciplineReduced reduced(DisciplineForm previous, DisciplineForm now, List<Restoration> restore) {
        return new DisciplineReduced(UUID.randomUUID(), UUID.randomUUID(), null, null, previous, previous, now,
                restore, List.of(), "03-KN", LocalDate.of(2026, 12, 1), null);
    }

    private static MemberExpelled expelled(UUID caseId, String number, LocalDate date) {
        return new MemberExpelled(caseId, DisciplineForm.EXPULSION, null, null, number, date, date, null, null);
    }

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
        assertEquals(suspension, EffectRules.subjectOf(new MemberSuspensionEnds(suspension, null, "7-QĐ", DAY,
                DAY.plusDays(30), 30, null)));
        assertEquals(caseId, EffectRules.subjectOf(expelled(caseId, "12-QĐ/UBKT", DAY)));
        assertEquals(caseId, EffectRules.subjectOf(new DisciplineAnnulled(caseId, UUID.randomUUID(), null, null,
                DisciplineForm.EXPULSION, DisciplineForm.EXPULSION, null, List.of(), List.of(), "1-KN", DAY, null)));
    }

    @Test
    void theRestoreListIsFollowedAndWithoutItTheFormsDecide() {
        assertEquals(Set.of(Restoration.MEMBERSHIP, Restoration.SUSPENSION), EffectRules.restorations(
                reduced(DisciplineForm.WARNING, DisciplineForm.REPRIMAND,
                        List.of(Restoration.MEMBERSHIP, Restoration.SUSPENSION))));
        assertEquals(Set.of(Restoration.MEMBERSHIP, Restoration.POST),
                EffectRules.restorations(reduced(DisciplineForm.EXPULSION, DisciplineForm.WARNING, null)));
        // expulsion reduced to removal from post: membership back, the post stays lost
        assertEquals(Set.of(Restoration.MEMBERSHIP),
                EffectRules.restorations(reduced(DisciplineForm.EXPULSION, DisciplineForm.REMOVAL_FROM_POST, null)));
        assertEquals(Set.of(Restoration.POST),
                EffectRules.restorations(reduced(DisciplineForm.REMOVAL_FROM_POST, DisciplineForm.REPRIMAND, null)));
        assertEquals(Set.of(), EffectRules.restorations(reduced(DisciplineForm.WARNING, DisciplineForm.REPRIMAND, null)));
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
                EffectRules.decisionText(expelled(UUID.randomUUID(), "12-QĐ/UBKT", DAY)));
        assertEquals("quyết định số 03-KN ngày 2026-12-01",
                EffectRules.decisionText(reduced(DisciplineForm.WARNING, DisciplineForm.REPRIMAND, List.of())));
        assertEquals("quyết định số ? ngày 2026-11-20",
                EffectRules.decisionText(expelled(UUID.randomUUID(), " ", DAY)));
    }
}
