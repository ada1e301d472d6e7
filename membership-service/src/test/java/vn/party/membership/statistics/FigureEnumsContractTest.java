package vn.party.membership.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.party.membership.organization.domain.OrganizationType;

/**
 * Producer side of the figures contract's enums: the organization types the statistics count
 * ({@code organizationsByType}) are the contract's constants, in the same order.
 */
class FigureEnumsContractTest {

    @Test
    void organizationTypesAreTheContracts() {
        assertEquals(names(vn.party.contracts.figures.OrganizationType.values()), names(OrganizationType.values()));
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
