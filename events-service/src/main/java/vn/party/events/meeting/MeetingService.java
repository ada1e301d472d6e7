package vn.party.events.meeting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.ScopeGuard;
import vn.party.events.meeting.rest.MeetingRequests;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class MeetingService {

    static final String AUDIT_TYPE = "meeting";

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    AuditTrail auditTrail;

    public Meeting schedule(@NotNull @Valid MeetingRequests.Schedule request) {
        scopeGuard.requireWrite(request.organizationId());
        Instant startsAt = request.startsAt().toInstant();
        Instant endsAt = request.endsAt() == null ? null : request.endsAt().toInstant();
        MeetingRules.checkSchedule(startsAt, endsAt, request.location(), request.online());
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.organizationId = request.organizationId();
        meeting.kind = request.kind();
        meeting.title = request.title().trim();
        meeting.startsAt = startsAt;
        meeting.endsAt = endsAt;
        meeting.location = request.location() == null || request.location().isBlank() ? null : request.location().trim();
        meeting.online = request.online();
        meeting.persist();
        auditTrail.created(AUDIT_TYPE, meeting.id, meeting.auditState());
        return meeting;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Meeting get(@NotNull UUID id) {
        Meeting meeting = Meeting.<Meeting>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Cuộc họp", id));
        scopeGuard.requireRead(meeting.organizationId);
        return meeting;
    }

    /** Meetings of one organization, optionally within [from, to), earliest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Meeting> list(@NotNull UUID organizationId, OffsetDateTime from, OffsetDateTime to, PageRequest page) {
        scopeGuard.requireRead(organizationId);
        if (from != null && to != null && !to.isAfter(from)) {
            throw ProblemException.invalidField("to", "phải sau 'from' (must be after from)");
        }
        Instant lower = from == null ? Instant.EPOCH : from.toInstant();
        Instant upper = to == null ? Instant.parse("9999-12-31T00:00:00Z") : to.toInstant();
        var query = Meeting.<Meeting>find("organizationId = :org and startsAt >= :from and startsAt < :to",
                Sort.by("startsAt").and("id"),
                Parameters.with("org", organizationId).and("from", lower).and("to", upper));
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }
}
