package vn.party.membership.committee.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.party.membership.committee.CommitteeTerm;
import vn.party.membership.committee.domain.TermStatus;

/** A term; {@code endsOn} is the planned first day after it, {@code closedOn} the actual one once closed. */
public record TermView(
        UUID id,
        UUID organizationId,
        String label,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate congressDate,
        Integer congressOrdinal,
        TermStatus status,
        LocalDate closedOn,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static TermView of(CommitteeTerm term) {
        return new TermView(term.id, term.organizationId, term.label, term.startsOn, term.endsOn, term.congressDate,
                term.congressOrdinal, term.status, term.closedOn, term.version, term.createdAt, term.updatedAt);
    }
}
