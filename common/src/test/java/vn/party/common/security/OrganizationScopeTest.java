package vn.party.common.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.party.common.security.OrganizationScope.Access;

class OrganizationScopeTest {

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID otherGrassroots = UUID.randomUUID();

    private final List<UUID> cellAncestry = List.of(cell, grassroots, bloc);
    private final List<UUID> grassrootsAncestry = List.of(grassroots, bloc);
    private final List<UUID> otherAncestry = List.of(otherGrassroots, bloc);

    private static Caller caller(String role, UUID organization) {
        return new Caller("u", Set.of(role), Optional.ofNullable(organization), Optional.empty());
    }

    @Test
    void blocAdminReachesEverythingEvenWithoutOrganizationClaim() {
        Caller admin = caller(Roles.BLOC_ADMIN, null);
        assertTrue(OrganizationScope.permits(admin, Access.WRITE, otherAncestry));
        assertTrue(OrganizationScope.permits(admin, Access.READ, List.of()));
    }

    @Test
    void secretaryReadsAndWritesOwnSubtreeOnly() {
        Caller secretary = caller(Roles.ORG_SECRETARY, grassroots);
        assertTrue(OrganizationScope.permits(secretary, Access.WRITE, grassrootsAncestry));
        assertTrue(OrganizationScope.permits(secretary, Access.WRITE, cellAncestry));
        assertFalse(OrganizationScope.permits(secretary, Access.READ, otherAncestry));
        assertFalse(OrganizationScope.permits(secretary, Access.READ, List.of(bloc)), "not upwards");
    }

    @Test
    void inspectorAndIntegrationOnlyRead() {
        for (String role : List.of(Roles.INSPECTOR, Roles.INTEGRATION)) {
            Caller caller = caller(role, bloc);
            assertTrue(OrganizationScope.permits(caller, Access.READ, cellAncestry));
            assertFalse(OrganizationScope.permits(caller, Access.WRITE, cellAncestry));
        }
    }

    @Test
    void serviceSpecificWritersAreHonoured() {
        Caller inspector = caller(Roles.INSPECTOR, grassroots);
        assertTrue(OrganizationScope.permits(inspector, Set.of(Roles.INSPECTOR), cellAncestry));
        assertFalse(OrganizationScope.permits(inspector, Set.of(Roles.INSPECTOR), otherAncestry));
    }

    @Test
    void memberAndCallersWithoutOrganizationGetNoSubtree() {
        assertFalse(OrganizationScope.permits(caller(Roles.MEMBER, cell), Access.READ, cellAncestry));
        assertFalse(OrganizationScope.permits(caller(Roles.ORG_SECRETARY, null), Access.READ, cellAncestry));
        assertFalse(OrganizationScope.permits(caller(Roles.ORG_SECRETARY, grassroots), Access.READ, List.of()),
                "unknown organization");
    }
}
