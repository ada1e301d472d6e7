package vn.party.inspection.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.party.inspection.discipline.TargetKind;

/**
 * Producer side of the discipline-decisions contract's labels: inspection's own {@link TargetKind} (stored on its
 * cases) has the contract's constants in the same order, so a decision's target maps by name; the form and the
 * decision's status are the contract's enums themselves.
 */
class DisciplineDecisionLabelsTest {

    @Test
    void targetKindsAreTheContracts() {
        assertEquals(names(vn.party.contracts.discipline.TargetKind.values()), names(TargetKind.values()));
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
