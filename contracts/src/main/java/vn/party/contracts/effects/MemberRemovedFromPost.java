package vn.party.contracts.effects;

import java.time.LocalDate;
import java.util.UUID;

/** {@value #TYPE}: cách chức: the posts the member holds end on the effective date. */
public record MemberRemovedFromPost(UUID caseId, DisciplineForm form, UUID memberId, UUID organizationId, String decisionNumber,
        LocalDate decisionDate, LocalDate effectiveDate, DecidingBodyKind decidingBodyKind, UUID decidingOrganizationId)
        implements DecisionEffect {

    public static final String TYPE = "MEMBER_REMOVED_FROM_POST";

    @Override
    public String type() {
        return TYPE;
    }
}
