package vn.party.inspection.discipline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
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
import vn.party.inspection.discipline.policy.DisciplinePolicy.Authority;
import vn.party.inspection.discipline.policy.DisciplinePolicy.FormRule;
import vn.party.inspection.discipline.policy.DisciplinePolicy.VoteThreshold;
import vn.party.inspection.discipline.policy.DisciplinePolicy;
import vn.party.inspection.discipline.rules.DisciplineRules;

/** The rules at their boundaries, with a policy equal to the seeded 2025 version (V2 migration). */
class DisciplineRulesTest {

    private static final VoteThreshold HALF = new VoteThreshold(1, 2, true);
    private static final VoteThreshold TWO_THIRDS = new VoteThreshold(2, 3, false);
    private static final DisciplinePolicy POLICY = new DisciplinePolicy(UUID.randomUUID(), LocalDate.of(2025, 1, 1), 90, 180, 1,
            Map.of(DisciplineForm.REPRIMAND, new FormRule(Optional.of(5), HALF),
                    DisciplineForm.WARNING, new FormRule(Optional.of(10), HALF),
                    DisciplineForm.REMOVAL_FROM_POST, new FormRule(Optional.of(10), TWO_THIRDS),
                    DisciplineForm.EXPULSION, new FormRule(Optional.empty(), TWO_THIRDS),
                    DisciplineForm.DISSOLUTION, new FormRule(Optional.empty(), TWO_THIRDS)),
            Set.of(new Authority(DecidingBodyKind.CELL, TargetKind.MEMBER, DisciplineForm.REPRIMAND),
                    new Authority(DecidingBodyKind.CELL, TargetKind.MEMBER, DisciplineForm.WARNING),
                    new Authority(DecidingBodyKind.GRASSROOTS_COMMITTEE, TargetKind.MEMBER, DisciplineForm.EXPULSION),
                    new Authority(DecidingBodyKind.GRASSROOTS_COMMITTEE, TargetKind.ORGANIZATION, DisciplineForm.DISSOLUTION)));

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final List<UUID> cellAncestry = List.of(cell, grassroots, bloc);

    @Test
    void cellMayNotExpelButItsGrassrootsCommitteeMay() {
        assertRefused(DisciplineRules.AUTHORITY, () -> DisciplineRules.requireAuthority(POLICY, DecidingBodyKind.CELL, cell,
                TargetKind.MEMBER, cellAncestry, DisciplineForm.EXPULSION));
        assertDoesNotThrow(() -> DisciplineRules.requireAuthority(POLICY, DecidingBodyKind.CELL, cell, TargetKind.MEMBER,
                cellAncestry, DisciplineForm.WARNING));
        assertDoesNotThrow(() -> DisciplineRules.requireAuthority(POLICY, DecidingBodyKind.GRASSROOTS_COMMITTEE, grassroots,
                TargetKind.MEMBER, cellAncestry, DisciplineForm.EXPULSION));
    }

    @Test
    void bodyMustSitOverTheTarget() {
        // another cell may not discipline this cell's members
        assertRefused(DisciplineRules.AUTHORITY, () -> DisciplineRules.requireAuthority(POLICY, DecidingBodyKind.CELL,
                UUID.randomUUID(), TargetKind.MEMBER, cellAncestry, DisciplineForm.REPRIMAND));
        // an organization is disciplined from strictly above
        assertRefused(DisciplineRules.AUTHORITY, () -> DisciplineRules.requireAuthority(POLICY,
                DecidingBodyKind.GRASSROOTS_COMMITTEE, cell, TargetKind.ORGANIZATION, cellAncestry, DisciplineForm.DISSOLUTION));
        assertDoesNotThrow(() -> DisciplineRules.requireAuthority(POLICY, DecidingBodyKind.GRASSROOTS_COMMITTEE, grassroots,
                TargetKind.ORGANIZATION, cellAncestry, DisciplineForm.DISSOLUTION));
    }

    @Test
    void formsPerTarget() {
        assertRefused(DisciplineRules.FORM_FOR_TARGET, () -> DisciplineRules.requireFormForTarget(TargetKind.MEMBER,
                DisciplineForm.REMOVAL_FROM_POST, true, Optional.of(true)));
        assertRefused(DisciplineRules.FORM_FOR_TARGET, () -> DisciplineRules.requireFormForTarget(TargetKind.MEMBER,
                DisciplineForm.EXPULSION, true, Optional.empty()));
        assertDoesNotThrow(() -> DisciplineRules.requireFormForTarget(TargetKind.MEMBER, DisciplineForm.WARNING, true,
                Optional.empty()));
        assertRefused(DisciplineRules.FORM_FOR_TARGET, () -> DisciplineRules.requireFormForTarget(TargetKind.MEMBER,
                DisciplineForm.REMOVAL_FROM_POST, false, Optional.of(false)));
        assertDoesNotThrow(() -> DisciplineRules.requireFormForTarget(TargetKind.MEMBER, DisciplineForm.REMOVAL_FROM_POST,
                false, Optional.of(true)));
        assertRefused(DisciplineRules.FORM_FOR_TARGET, () -> DisciplineRules.requireFormForTarget(TargetKind.MEMBER,
                DisciplineForm.DISSOLUTION, false, Optional.empty()));
        assertRefused(DisciplineRules.FORM_FOR_TARGET, () -> DisciplineRules.requireFormForTarget(TargetKind.ORGANIZATION,
                DisciplineForm.EXPULSION, false, Optional.empty()));
        assertDoesNotThrow(() -> DisciplineRules.requireFormForTarget(TargetKind.ORGANIZATION, DisciplineForm.DISSOLUTION,
                false, Optional.empty()));
    }

    @Test
    void votesCountAllEntitledVoters() {
        // > 1/2 of 9: 5 passes, 4 fails
        assertDoesNotThrow(() -> DisciplineRules.requireVote(POLICY, DisciplineForm.REPRIMAND, 9, 5));
        assertRefused(DisciplineRules.VOTE, () -> DisciplineRules.requireVote(POLICY, DisciplineForm.REPRIMAND, 9, 4));
        // exactly half is not more than half
        assertRefused(DisciplineRules.VOTE, () -> DisciplineRules.requireVote(POLICY, DisciplineForm.WARNING, 10, 5));
        // ≥ 2/3 of 9: 6 passes, 5 fails
        assertDoesNotThrow(() -> DisciplineRules.requireVote(POLICY, DisciplineForm.EXPULSION, 9, 6));
        assertRefused(DisciplineRules.VOTE, () -> DisciplineRules.requireVote(POLICY, DisciplineForm.EXPULSION, 9, 5));
        // exact arithmetic: 2 of 3 is exactly 2/3 (no 0.666… rounding)
        assertDoesNotThrow(() -> DisciplineRules.requireVote(POLICY, DisciplineForm.REMOVAL_FROM_POST, 3, 2));
    }

    @Test
    void suspensionLimits() {
        assertDoesNotThrow(() -> DisciplineRules.requireInitialSuspension(POLICY, 90));
        assertRefused(DisciplineRules.SUSPENSION, () -> DisciplineRules.requireInitialSuspension(POLICY, 91));
        assertDoesNotThrow(() -> DisciplineRules.requireExtension(POLICY, 90, 90));
        assertRefused(DisciplineRules.SUSPENSION, () -> DisciplineRules.requireExtension(POLICY, 90, 91));
        assertRefused(DisciplineRules.SUSPENSION, () -> DisciplineRules.requireExtension(POLICY, 180, 1));
    }

    private static void assertRefused(String rule, Executable check) {
        ProblemException refused = assertThrows(ProblemException.class, check);
        assertEquals(ProblemType.RULE_VIOLATION, refused.type());
        assertEquals(rule, refused.errors().get(0).field());
    }
}
