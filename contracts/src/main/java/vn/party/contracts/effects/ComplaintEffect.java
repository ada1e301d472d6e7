package vn.party.contracts.effects;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A complaint resolved against a discipline decision: the decision annulled or its form reduced. {@code restore}
 * says what the member (or organization) gets back; {@code endedSuspensions} the suspensions of the case the
 * annulment ends. Forms are mildest first ({@link DisciplineForm}); {@code newForm} is null when nothing is left.
 */
public sealed interface ComplaintEffect extends DisciplineEffect permits DisciplineAnnulled, DisciplineReduced {

    UUID caseId();

    UUID complaintId();

    UUID memberId();

    UUID organizationId();

    DisciplineForm decidedForm();

    DisciplineForm previousForm();

    DisciplineForm newForm();

    List<Restoration> restore();

    List<UUID> endedSuspensions();

    String resolutionNumber();

    LocalDate resolutionDate();

    UUID handlingOrganizationId();

    @Override
    default boolean aboutMember() {
        return false;
    }
}
