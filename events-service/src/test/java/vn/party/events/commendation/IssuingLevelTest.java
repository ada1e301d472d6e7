package vn.party.events.commendation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.party.events.commendation.domain.IssuingLevel;

class IssuingLevelTest {

    @Test
    void organizationTypesDecideAtTheirLevel() {
        assertTrue(IssuingLevel.CELL.matchesOrganizationType("SUBORDINATE_CELL"));
        assertTrue(IssuingLevel.CELL.matchesOrganizationType("GRASSROOTS_CELL"));
        assertFalse(IssuingLevel.CELL.matchesOrganizationType("GRASSROOTS_COMMITTEE"));
        assertTrue(IssuingLevel.GRASSROOTS.matchesOrganizationType("GRASSROOTS_COMMITTEE"));
        assertTrue(IssuingLevel.GRASSROOTS.matchesOrganizationType("GRASSROOTS_CELL"));
        assertFalse(IssuingLevel.GRASSROOTS.matchesOrganizationType("PARTIAL_COMMITTEE"));
        assertFalse(IssuingLevel.GRASSROOTS.matchesOrganizationType("SUBORDINATE_CELL"));
        assertTrue(IssuingLevel.BLOC.matchesOrganizationType("BLOC_COMMITTEE"));
        assertFalse(IssuingLevel.PROVINCIAL.matchesOrganizationType("BLOC_COMMITTEE"));
        assertFalse(IssuingLevel.BLOC.matchesOrganizationType(null));
        assertTrue(IssuingLevel.PROVINCIAL.above(IssuingLevel.BLOC));
        assertFalse(IssuingLevel.PROVINCIAL.inTree());
    }
}
