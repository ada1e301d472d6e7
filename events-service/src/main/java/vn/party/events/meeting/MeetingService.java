package vn.party.events.meeting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.events.numbering.NumberAllocator;
import vn.party.events.meeting.rest.MeetingRequests;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class MeetingService {

    static final String AUDIT_TYPE = "meeting";

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    PartyClock clock;

    @Inject
    AuditTrail auditTrail;

    @Inject
    NumberAllocator numbers;

    @Inject
    CallerContext callerContext;

    static final String PLENUM_SERIES = "PLENUM";

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
        meeting.term = request.term() == null || request.term().isBlank() ? null : request.term().trim();
        if (request.kind() == MeetingKind.COMMITTEE_PLENUM) {
            if (meeting.term == null) {
                throw ProblemException.invalidField("term",
                        "bắt buộc với hội nghị Ban Chấp hành (required for a COMMITTEE_PLENUM, e.g. XIX)");
            }
            meeting.plenumNumber = numbers.next(meeting.organizationId, PLENUM_SERIES, meeting.term);
        }
        meeting.persist();
        auditTrail.created(AUDIT_TYPE, meeting.id, meeting.auditState());
        return meeting;
    }

    /** Staff read in scope; a member reads the meetings they are invited to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Meeting get(@NotNull UUID id) {
        Meeting meeting = find(id);
        requireReadable(meeting);
        return meeting;
    }

    /** The meeting, for a change by staff who may write in its organization. */
    public Meeting forWrite(UUID id) {
        Meeting meeting = find(id);
        scopeGuard.requireWrite(meeting.organizationId);
        return meeting;
    }

    Meeting find(UUID id) {
        return Meeting.<Meeting>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Cuộc họp", id));
    }

    void requireReadable(Meeting meeting) {
        Caller caller = callerContext.caller();
        if (caller.hasRole(Roles.MEMBER) && caller.memberId().isPresent()
                && Invitee.count("meetingId = ?1 and memberId = ?2", meeting.id, caller.memberId().get()) > 0) {
            return;
        }
        scopeGuard.requireRead(meeting.organizationId);
    }

    public Meeting replaceAgenda(@NotNull UUID id, @NotNull @Valid MeetingRequests.Agenda request) {
        Meeting meeting = forWrite(id);
        meeting.requireVersion(request.version());
        List<String> before = agenda(meeting.id).stream().map(item -> item.title).toList();
        AgendaItem.delete("meetingId", meeting.id);
        AgendaItem.flush();
        int position = 1;
        for (MeetingRequests.AgendaItemInput input : request.items()) {
            AgendaItem item = new AgendaItem();
            item.id = UUID.randomUUID();
            item.meetingId = meeting.id;
            item.position = position++;
            item.title = input.title().trim();
            item.presenter = input.presenter() == null || input.presenter().isBlank() ? null : input.presenter().trim();
            item.durationMinutes = input.durationMinutes();
            item.persist();
        }
        touch(meeting);
        auditTrail.recorded("AGENDA", AUDIT_TYPE, meeting.id, Map.of("agenda", new AuditTrail.Change(before,
                request.items().stream().map(i -> i.title().trim()).toList())));
        return meeting;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgendaItem> agenda(UUID meetingId) {
        return AgendaItem.list("meetingId", Sort.by("position"), meetingId);
    }

    public Meeting recordMinutes(@NotNull UUID id, @NotNull @Valid MeetingRequests.Minutes request) {
        Meeting meeting = forWrite(id);
        meeting.requireVersion(request.version());
        Map<String, Object> before = meeting.auditState();
        meeting.minutes = request.text();
        auditTrail.updated(AUDIT_TYPE, meeting.id, before, meeting.auditState());
        Meeting.flush();
        return meeting;
    }

    public Attachment attach(@NotNull UUID id, @NotNull @Valid MeetingRequests.AddAttachment request) {
        Meeting meeting = forWrite(id);
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.meetingId = meeting.id;
        attachment.fileName = request.fileName().trim();
        attachment.mediaType = request.mediaType().toLowerCase(java.util.Locale.ROOT);
        attachment.sizeBytes = request.sizeBytes();
        attachment.checksum = request.checksum();
        attachment.persist();
        auditTrail.created("meeting-attachment", attachment.id, attachment.auditState());
        return attachment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> attachments(@NotNull UUID id) {
        Meeting meeting = get(id);
        return Attachment.list("meetingId", Sort.by("createdAt").and("id"), meeting.id);
    }

    /** A change to a meeting's parts is a new version of the meeting (the client's version goes stale). */
    void touch(Meeting meeting) {
        meeting.updatedAt = clock.now();
        Meeting.flush();
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
