package vn.party.contracts.effects;

import java.time.LocalDate;
import java.util.UUID;

/** {@value #TYPE}: giải tán: acknowledged by membership (the dissolution itself is membership's procedure); no member. */
public record OrganizationDissolved(UUID caseId, DisciplineForm form, UUID memberId, UUID organizationId, String decisionNumber,
        LocalDate decisionDate, LocalDate effectiveDate, DecidingBodyKind decidingBodyKind, UUID decidingOrganizationId)
        implements DecisionEffect {

    public static final String TYPE = "ORGANIZATION_DISSOLVED";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean aboutMember() {
        return false;
    }
}
