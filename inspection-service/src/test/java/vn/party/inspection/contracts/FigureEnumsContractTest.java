package vn.party.inspection.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.party.inspection.inspection.InspectionKind;

/**
 * Producer side of the figures contract's enums: the inspection kinds the statistics name
 * ({@code inspections.byKind[].kind}) are the contract's constants, in the same order.
 */
class FigureEnumsContractTest {

    @Test
    void inspectionKindsAreTheContracts() {
        assertEquals(names(vn.party.contracts.figures.InspectionKind.values()), names(InspectionKind.values()));
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
