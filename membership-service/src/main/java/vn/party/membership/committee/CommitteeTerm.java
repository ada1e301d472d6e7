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

import vn.party.membership.committee.domain.TermStatus;

/**
 * A term (nhiệm kỳ) of an organization's committees, opened by a congress (đại hội). Its period is half-open:
 * {@code [startsOn, endsOn)}, or {@code [startsOn, closedOn)} once closed early.
 */
@Entity
@Table(name = "committee_term")
public class CommitteeTerm extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(nullable = false, length = 100)
    public String label;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "congress_date", nullable = false)
    public LocalDate congressDate;

    @Column(name = "congress_ordinal")
    public Integer congressOrdinal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TermStatus status;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** The first day the term is no longer in office: the close date if closed, else the planned end. */
    public LocalDate effectiveEnd() {
        return closedOn != null ? closedOn : endsOn;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && date.isBefore(effectiveEnd());
    }

    public boolean isClosed() {
        return status == TermStatus.CLOSED;
    }

    /** The audited fields, for before/after comparison. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organizationId", organizationId);
        state.put("label", label);
        state.put("startsOn", startsOn);
        state.put("endsOn", endsOn);
        state.put("congressDate", congressDate);
        state.put("congressOrdinal", congressOrdinal);
        state.put("status", status);
        state.put("closedOn", closedOn);
        return state;
    }
}
