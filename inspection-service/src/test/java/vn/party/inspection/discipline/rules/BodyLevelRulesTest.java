package vn.party.inspection.discipline.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.contracts.effects.DecidingBodyKind;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.discipline.policy.DisciplinePolicy;
import vn.party.inspection.discipline.policy.DisciplinePolicy.BodyLevel;

/** The authority matrix by the body's level, with a part of the seeded matrix (V11). */
class BodyLevelRulesTest {

    private static final DisciplinePolicy POLICY = new DisciplinePolicy(UUID.randomUUID(), LocalDate.of(2025, 5, 30), 90, 180, 1,
            Map.of(), Set.of(), Set.of(), Set.of(
                    new BodyLevel(DecidingBodyKind.CELL, "SUBORDINATE_CELL", TargetKind.MEMBER, DisciplineForm.WARNING),
                    new BodyLevel(DecidingBodyKind.INSPECTION_COMMITTEE, "GRASSROOTS_COMMITTEE", TargetKind.MEMBER, DisciplineForm.WARNING),
                    new BodyLevel(DecidingBodyKind.INSPECTION_COMMITTEE, "BLOC_COMMITTEE", TargetKind.MEMBER, DisciplineForm.EXPULSION)));

    @Test
    void aCellDeclaredAsAnInspectionCommitteeIsRefusedNamingTheField() {
        assertRefused("decidingBodyKind", () -> BodyLevelRules.requireBodyAtItsLevel(POLICY, DecidingBodyKind.INSPECTION_COMMITTEE,
                Optional.of("SUBORDINATE_CELL"), TargetKind.MEMBER, DisciplineForm.WARNING));
        assertDoesNotThrow(() -> BodyLevelRules.requireBodyAtItsLevel(POLICY, DecidingBodyKind.CELL, Optional.of("SUBORDINATE_CELL"),
                TargetKind.MEMBER, DisciplineForm.WARNING));
    }

    @Test
    void aGrassrootsInspectionCommitteeMayNotExpelTheBlocsMay() {
        assertRefused(DisciplineRules.AUTHORITY, () -> BodyLevelRules.requireBodyAtItsLevel(POLICY,
                DecidingBodyKind.INSPECTION_COMMITTEE, Optional.of("GRASSROOTS_COMMITTEE"), TargetKind.MEMBER, DisciplineForm.EXPULSION));
        assertDoesNotThrow(() -> BodyLevelRules.requireBodyAtItsLevel(POLICY, DecidingBodyKind.INSPECTION_COMMITTEE,
                Optional.of("BLOC_COMMITTEE"), TargetKind.MEMBER, DisciplineForm.EXPULSION));
    }

    @Test
    void anOrganizationUnknownOnTheDecisionDateIsRefused() {
        assertRefused("decidingOrganizationId", () -> BodyLevelRules.requireBodyAtItsLevel(POLICY, DecidingBodyKind.CELL,
                Optional.empty(), TargetKind.MEMBER, DisciplineForm.WARNING));
    }

    private static void assertRefused(String field, Executable check) {
        ProblemException refused = assertThrows(ProblemException.class, check);
        assertEquals(ProblemType.RULE_VIOLATION, refused.type());
        assertEquals(field, refused.errors().get(0).field());
    }
}
