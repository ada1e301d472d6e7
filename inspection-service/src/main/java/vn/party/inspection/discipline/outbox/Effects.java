package vn.party.inspection.discipline.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.party.contracts.effects.DisciplineAnnulled;
import vn.party.contracts.effects.DisciplineEffect;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.contracts.effects.DisciplineReduced;
import vn.party.contracts.effects.MemberExpelled;
import vn.party.contracts.effects.MemberRemovedFromPost;
import vn.party.contracts.effects.MemberSuspensionEnds;
import vn.party.contracts.effects.MemberSuspensionStarts;
import vn.party.contracts.effects.OrganizationDissolved;
import vn.party.contracts.effects.Restoration;
import vn.party.inspection.complaint.Complaint;
import vn.party.inspection.complaint.ComplaintOutcome;
import vn.party.inspection.discipline.DisciplineCase;
import vn.party.inspection.discipline.Suspension;

/**
 * The effects inspection's decisions send to membership, built from the decisions as the contract
 * ({@code vn.party.contracts.effects}) names them: the one place each effect record is made, so the contract test
 * checks exactly what the services record in the {@link Outbox}.
 */
public final class Effects {

    private Effects() {
    }

    /** A decided case's effect: expulsion, removal from post, dissolution; none for a reprimand or a warning. */
    public static Optional<DisciplineEffect> ofDecision(DisciplineCase c) {
        return Optional.ofNullable(switch (c.decidedForm) {
            case EXPULSION -> new MemberExpelled(c.id, c.decidedForm, c.targetMemberId, c.scopeOrganizationId,
                    c.decisionNumber, c.decisionDate, c.effectiveDate, c.decidingBodyKind, c.decidingOrganizationId);
            case REMOVAL_FROM_POST -> new MemberRemovedFromPost(c.id, c.decidedForm, c.targetMemberId,
                    c.scopeOrganizationId, c.decisionNumber, c.decisionDate, c.effectiveDate, c.decidingBodyKind,
                    c.decidingOrganizationId);
            case DISSOLUTION -> new OrganizationDissolved(c.id, c.decidedForm, c.targetMemberId, c.scopeOrganizationId,
                    c.decisionNumber, c.decisionDate, c.effectiveDate, c.decidingBodyKind, c.decidingOrganizationId);
            case REPRIMAND, WARNING -> null;
        });
    }

    public static MemberSuspensionStarts suspensionStarts(Suspension s) {
        return new MemberSuspensionStarts(s.id, s.memberId, s.decisionNumber, s.startDate, s.endDate, s.totalDays);
    }

    /** The end of the suspension as it stands; {@code extension} names the decision that moved it (null: none). */
    public static MemberSuspensionEnds suspensionEnds(Suspension s, String extension) {
        return new MemberSuspensionEnds(s.id, s.memberId, s.decisionNumber, s.startDate, s.endDate, s.totalDays,
                extension);
    }

    /**
     * A resolved complaint's effect on case {@code c}, whose form was {@code previous} before the resolution:
     * annulled or reduced, with what that gives back ({@code endedSuspensions}: the case's suspensions an annulment
     * ends, still running on the resolution date).
     */
    public static DisciplineEffect ofComplaint(Complaint k, DisciplineCase c, DisciplineForm previous,
            List<UUID> endedSuspensions) {
        List<Restoration> restore = new ArrayList<>();
        DisciplineForm now = c.currentForm();
        if (previous == DisciplineForm.EXPULSION && now != DisciplineForm.EXPULSION) {
            restore.add(Restoration.MEMBERSHIP);
        }
        if ((previous == DisciplineForm.REMOVAL_FROM_POST || previous == DisciplineForm.EXPULSION)
                && now != DisciplineForm.REMOVAL_FROM_POST && now != DisciplineForm.EXPULSION && c.targetMemberId != null) {
            restore.add(Restoration.POST);
        }
        if (previous == DisciplineForm.DISSOLUTION && now != DisciplineForm.DISSOLUTION) {
            restore.add(Restoration.ORGANIZATION);
        }
        List<UUID> suspensions = k.outcome == ComplaintOutcome.ANNUL ? List.copyOf(endedSuspensions) : List.of();
        if (!suspensions.isEmpty()) {
            restore.add(Restoration.SUSPENSION);
        }
        return k.outcome == ComplaintOutcome.ANNUL
                ? new DisciplineAnnulled(c.id, k.id, c.targetMemberId, c.scopeOrganizationId, c.decidedForm, previous,
                        now, restore, suspensions, k.resolutionNumber, k.resolutionDate, k.handlingOrganizationId)
                : new DisciplineReduced(c.id, k.id, c.targetMemberId, c.scopeOrganizationId, c.decidedForm, previous,
                        now, restore, suspensions, k.resolutionNumber, k.resolutionDate, k.handlingOrganizationId);
    }
}
