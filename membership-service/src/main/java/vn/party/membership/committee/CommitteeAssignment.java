package vn.party.membership.committee;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.party.common.persistence.VersionedEntity;

import vn.party.membership.committee.domain.CommitteeBody;
import vn.party.membership.committee.domain.CommitteePosition;

/**
 * A post held by a member in a term's committee or inspection committee, over the half-open period
 * {@code [fromDate, toDate)}; {@code toDate == null} means held until ended (at the latest, the term's end).
 * Ending a post sets {@code toDate}: the row stays as history.
 */
@Entity
@Table(name = "committee_assignment")
public class CommitteeAssignment extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "term_id", nullable = false)
    public UUID termId;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public CommitteeBody body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public CommitteePosition position;

    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;

    @Column(name = "to_date")
    public LocalDate toDate;

    @Column(name = "decision_ref", length = 100)
    public String decisionRef;

    @Column(name = "end_decision_ref", length = 100)
    public String endDecisionRef;

    @Column(name = "end_reason", length = 300)
    public String endReason;

    /** The first day the post is no longer held: its end date, or the term's end if earlier or not ended. */
    public LocalDate heldUntil(CommitteeTerm term) {
        LocalDate termEnd = term.effectiveEnd();
        return toDate == null || toDate.isAfter(termEnd) ? termEnd : toDate;
    }

    public boolean heldOn(LocalDate date, CommitteeTerm term) {
        return !date.isBefore(fromDate) && date.isBefore(heldUntil(term));
    }

    /** The audited fields, for before/after comparison. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("termId", termId);
        state.put("memberId", memberId);
        state.put("body", body);
        state.put("position", position);
        state.put("fromDate", fromDate);
        state.put("toDate", toDate);
        state.put("decisionRef", decisionRef);
        state.put("endDecisionRef", endDecisionRef);
        state.put("endReason", endReason);
        return state;
    }
}
