package vn.party.contracts.effects;

import java.time.LocalDate;
import java.util.UUID;

/** {@value #TYPE}: khai trừ: the member leaves the party on the effective date, their posts end. */
public record MemberExpelled(UUID caseId, DisciplineForm form, UUID memberId, UUID organizationId, String decisionNumber,
        LocalDate decisionDate, LocalDate effectiveDate, DecidingBodyKind decidingBodyKind, UUID decidingOrganizationId)
        implements DecisionEffect {

    public static final String TYPE = "MEMBER_EXPELLED";

    @Override
    public String type() {
        return TYPE;
    }
}
