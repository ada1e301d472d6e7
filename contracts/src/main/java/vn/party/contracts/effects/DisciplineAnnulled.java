package vn.party.contracts.effects;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@value #TYPE}: the decision is annulled on complaint; what it gives back is {@code restore}. */
public record DisciplineAnnulled(UUID caseId, UUID complaintId, UUID memberId, UUID organizationId, DisciplineForm decidedForm,
        DisciplineForm previousForm, DisciplineForm newForm, List<Restoration> restore, List<UUID> endedSuspensions,
        String resolutionNumber, LocalDate resolutionDate, UUID handlingOrganizationId) implements ComplaintEffect {

    public static final String TYPE = "DISCIPLINE_ANNULLED";

    @Override
    public String type() {
        return TYPE;
    }
}
