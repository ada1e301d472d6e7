package vn.party.events.meeting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.panache.common.Sort;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.OrganizationScope;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.events.commendation.membership.MemberAffiliations;
import vn.party.events.meeting.rest.MeetingRequests;

/**
 * Invitations and attendance. Secretaries (in scope) and bloc-admin invite and record; an invited member
 * checks themselves in within the window of {@link MeetingPolicy}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class AttendanceService {

    static final String AUDIT_TYPE = "meeting-invitee";

    /** The rule names a 422 carries. */
    public static final String RULE_CHECK_IN_WINDOW = "check-in-window";
    public static final String RULE_ATTENDANCE_BEFORE_MEETING = "attendance-before-meeting";

    @Inject
    MeetingService meetings;

    @Inject
    PartyClock clock;

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    CallerContext callerContext;

    @Inject
    AuditTrail auditTrail;

    @Inject
    MemberAffiliations affiliations;

    @Inject
    MeetingPolicy policy;

    @ConfigProperty(name = "party.presentation-zone")
    ZoneId zone;

    public Invitee invite(@NotNull UUID meetingId, @NotNull @Valid MeetingRequests.Invite request) {
        Meeting meeting = meetings.forWrite(meetingId);
        boolean guest = request.guestName() != null && !request.guestName().isBlank();
        if (request.memberId() == null && !guest) {
            throw ProblemException.invalidField("memberId", "cần memberId hoặc guestName (memberId or guestName required)");
        }
        if (request.memberId() != null && guest) {
            throw ProblemException.invalidField("guestName",
                    "không dùng cùng memberId (give either memberId or guestName, not both)");
        }
        if (request.memberId() != null) {
            // invitees are members of the meeting's organization or below it, never anyone in the bloc
            affiliations.requireWithin(request.memberId(), meeting.organizationId, "memberId");
        }
        if (request.memberId() != null
                && Invitee.count("meetingId = ?1 and memberId = ?2", meeting.id, request.memberId()) > 0) {
            throw ProblemException.conflict("Đảng viên " + request.memberId() + " đã được mời (already invited)");
        }
        Invitee invitee = new Invitee();
        invitee.id = UUID.randomUUID();
        invitee.meetingId = meeting.id;
        invitee.memberId = request.memberId();
        invitee.guestName = guest ? request.guestName().trim() : null;
        invitee.guestTitle = guest && request.guestTitle() != null && !request.guestTitle().isBlank()
                ? request.guestTitle().trim() : null;
        invitee.persist();
        auditTrail.created(AUDIT_TYPE, invitee.id, invitee.auditState());
        return invitee;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invitee> invitees(@NotNull UUID meetingId) {
        Meeting meeting = meetings.find(meetingId);
        scopeGuard.requireRead(meeting.organizationId);
        return Invitee.list("meetingId", Sort.by("createdAt").and("id"), meeting.id);
    }

    /** The secretary's record of one invitee's attendance. */
    public Invitee record(@NotNull UUID meetingId, @NotNull UUID inviteeId,
            @NotNull @Valid MeetingRequests.RecordAttendance request) {
        Meeting meeting = meetings.forWrite(meetingId);
        Invitee invitee = Invitee.<Invitee>findByIdOptional(inviteeId)
                .filter(found -> found.meetingId.equals(meeting.id))
                .orElseThrow(() -> ProblemException.notFound("Người được mời", inviteeId));
        invitee.requireVersion(request.version());
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().trim();
        if (request.status() == AttendanceStatus.EXCUSED && reason == null) {
            throw ProblemException.invalidField("reason", "bắt buộc khi vắng có lý do (required when EXCUSED)");
        }
        if (request.status() != AttendanceStatus.EXCUSED
                && clock.now().isBefore(meeting.startsAt.minus(policy.checkInOpensBefore()))) {
            throw ProblemException.ruleViolated(RULE_ATTENDANCE_BEFORE_MEETING,
                    "Chỉ ghi có mặt/vắng khi cuộc họp đã bắt đầu; vắng có lý do ghi trước được (PRESENT and ABSENT "
                            + "are recorded once the meeting begins; EXCUSED may be recorded in advance)");
        }
        Map<String, Object> before = invitee.auditState();
        invitee.attendance = request.status();
        invitee.excuseReason = request.status() == AttendanceStatus.EXCUSED ? reason : null;
        invitee.selfCheckIn = false;
        stamp(invitee);
        auditTrail.updated(AUDIT_TYPE, invitee.id, before, invitee.auditState());
        Invitee.flush();
        return invitee;
    }

    /** An invited member marks themselves present, only inside the check-in window around the start. */
    public Invitee checkIn(@NotNull UUID meetingId) {
        Caller caller = callerContext.caller();
        UUID memberId = caller.memberId().orElseThrow(() -> ProblemException.forbidden(
                "Chỉ đảng viên được mời mới tự điểm danh (only an invited member can check in)"));
        Meeting meeting = meetings.find(meetingId);
        Invitee invitee = Invitee.<Invitee>find("meetingId = ?1 and memberId = ?2", meeting.id, memberId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.forbidden(
                        "Bạn không được mời dự cuộc họp này (you are not invited to this meeting)"));
        Instant now = clock.now();
        Instant opens = meeting.startsAt.minus(policy.checkInOpensBefore());
        Instant closes = meeting.startsAt.plus(policy.checkInClosesAfter());
        if (now.isBefore(opens) || now.isAfter(closes)) {
            throw ProblemException.ruleViolated(RULE_CHECK_IN_WINDOW,
                    "Chỉ tự điểm danh được từ " + opens.atZone(zone).toOffsetDateTime() + " đến "
                            + closes.atZone(zone).toOffsetDateTime() + " (self check-in is open from "
                            + policy.checkInOpensBefore() + " before to " + policy.checkInClosesAfter()
                            + " after the start)");
        }
        if (invitee.attendance == AttendanceStatus.PRESENT) {
            return invitee;
        }
        Map<String, Object> before = invitee.auditState();
        invitee.attendance = AttendanceStatus.PRESENT;
        invitee.excuseReason = null;
        invitee.selfCheckIn = true;
        stamp(invitee);
        auditTrail.updated(AUDIT_TYPE, invitee.id, before, invitee.auditState());
        Invitee.flush();
        return invitee;
    }

    /** Attendance of one meeting; the rate is present / invited members (guests are counted apart). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingAttendance summary(@NotNull UUID meetingId) {
        Meeting meeting = meetings.find(meetingId);
        scopeGuard.requireRead(meeting.organizationId);
        List<Invitee> all = Invitee.list("meetingId", meeting.id);
        long members = 0, present = 0, excused = 0, absent = 0, guests = 0, guestsPresent = 0;
        for (Invitee invitee : all) {
            if (invitee.memberId == null) {
                guests++;
                guestsPresent += invitee.attendance == AttendanceStatus.PRESENT ? 1 : 0;
                continue;
            }
            members++;
            if (invitee.attendance == AttendanceStatus.PRESENT) {
                present++;
            } else if (invitee.attendance == AttendanceStatus.EXCUSED) {
                excused++;
            } else if (invitee.attendance == AttendanceStatus.ABSENT) {
                absent++;
            }
        }
        return new MeetingAttendance(meeting.id, members, present, excused, absent,
                members - present - excused - absent, percent(present, members), guests, guestsPresent);
    }

    public record MeetingAttendance(UUID meetingId, long invitedMembers, long present, long excused, long absent,
            long notRecorded, BigDecimal ratePercent, long guests, long guestsPresent) {
    }

    /**
     * A member's invitations in a calendar year (in the presentation zone). The rate counts meetings that have
     * started: present / invitations. The member themselves sees all their invitations; staff see those to
     * meetings of organizations in their scope (bloc-admin: all).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberAttendance memberYear(@NotNull UUID memberId, int year) {
        Caller caller = callerContext.caller();
        boolean self = caller.memberId().filter(memberId::equals).isPresent();
        boolean staff = caller.isBlocAdmin() || caller.hasRole(Roles.ORG_SECRETARY) || caller.hasRole(Roles.INSPECTOR)
                || caller.hasRole(Roles.INTEGRATION);
        if (!self && !staff) {
            throw ProblemException.forbidden("Chỉ xem được điểm danh của chính mình (you can only see your own attendance)");
        }
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<Object[]> rows = Invitee.getEntityManager().createQuery("""
                select i, m from Invitee i, Meeting m
                where m.id = i.meetingId and i.memberId = :member and m.startsAt >= :from and m.startsAt < :to
                order by m.startsAt, m.id""", Object[].class)
                .setParameter("member", memberId).setParameter("from", from).setParameter("to", to)
                .getResultList();
        Map<UUID, Boolean> inScope = new HashMap<>();
        List<MemberMeeting> items = new ArrayList<>();
        long held = 0, present = 0, excused = 0, absent = 0;
        Instant now = clock.now();
        for (Object[] row : rows) {
            Invitee invitee = (Invitee) row[0];
            Meeting meeting = (Meeting) row[1];
            if (!self && !caller.isBlocAdmin() && !inScope.computeIfAbsent(meeting.organizationId,
                    org -> scopeGuard.permits(org, OrganizationScope.Access.READ))) {
                continue;
            }
            items.add(new MemberMeeting(meeting.id, meeting.organizationId, meeting.kind, meeting.title,
                    meeting.startsAt.atZone(zone).toOffsetDateTime(), invitee.attendance, invitee.excuseReason,
                    invitee.selfCheckIn));
            if (meeting.startsAt.isAfter(now)) {
                continue;
            }
            held++;
            if (invitee.attendance == AttendanceStatus.PRESENT) {
                present++;
            } else if (invitee.attendance == AttendanceStatus.EXCUSED) {
                excused++;
            } else if (invitee.attendance == AttendanceStatus.ABSENT) {
                absent++;
            }
        }
        return new MemberAttendance(memberId, year, held, present, excused, absent, percent(present, held), items);
    }

    public record MemberAttendance(UUID memberId, int year, long invitedToHeldMeetings, long present, long excused,
            long absent, BigDecimal ratePercent, List<MemberMeeting> meetings) {
    }

    public record MemberMeeting(UUID meetingId, UUID organizationId, MeetingKind kind, String title,
            java.time.OffsetDateTime startsAt, AttendanceStatus attendance, String excuseReason, boolean selfCheckIn) {
    }

    private void stamp(Invitee invitee) {
        invitee.recordedBy = callerContext.caller().name();
        invitee.recordedAt = clock.now();
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
