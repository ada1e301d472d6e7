package vn.party.membership.member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.CallerContext;
import vn.party.common.time.PartyClock;
import vn.party.contracts.memberevents.ChangeType;
import vn.party.membership.changes.ChangeLog;
import vn.party.membership.changes.MemberEvents;
import vn.party.membership.member.domain.MemberStatus;
import vn.party.membership.member.rest.HistoricalStatusRequest;

/**
 * Loading the paper past (e.g. an expulsion of 2018 decided on paper, before this system): an entry of the status
 * history with the document it was copied from, by the bloc office only, audited. Not a way to decide anything: the
 * date must lie in the past, and the member's current status follows only when the entry is the latest of the
 * history (an older entry just fills the history in). Every other status change has its own path.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class HistoricalStatuses {

    static final String AUDIT_ACTION = "LOAD_HISTORICAL_STATUS";

    @Inject
    EntityManager entityManager;

    @Inject
    PartyClock clock;

    @Inject
    MemberService members;

    @Inject
    CallerContext callerContext;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ChangeLog changeLog;

    public Member load(@NotNull UUID id, @NotNull @Valid HistoricalStatusRequest request) {
        Member member = Member.<Member>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Đảng viên", id));
        member.requireVersion(request.version());
        LocalDate today = members.today();
        if (!request.effectiveOn().isBefore(today)) {
            throw ProblemException.invalidField("effectiveOn",
                    "phải là ngày đã qua: đây là nhập lịch sử (must be in the past: this loads history)");
        }
        if (member.admissionDate != null && request.effectiveOn().isBefore(member.admissionDate)) {
            throw ProblemException.invalidField("effectiveOn", "trước ngày kết nạp (before the admission date)");
        }
        if (request.endsOn() != null && !request.endsOn().isAfter(request.effectiveOn())) {
            throw ProblemException.invalidField("endsOn", "phải sau ngày hiệu lực (must come after effectiveOn)");
        }
        MemberStatusChange latest = MemberStatusChange.<MemberStatusChange>find(
                "memberId = ?1 order by effectiveOn desc, id desc", id).firstResult();
        boolean current = latest == null || !request.effectiveOn().isBefore(latest.effectiveOn);
        if (current) {
            requireNewCurrent(member, request.status());
        }

        MemberStatusChange entry = new MemberStatusChange();
        entry.memberId = id;
        entry.status = request.status();
        entry.effectiveOn = request.effectiveOn();
        entry.endsOn = request.endsOn();
        entry.reason = trimToNull(request.reason());
        entry.decisionRef = trimToNull(request.decisionRef());
        StatusProvenance provenance = StatusProvenance.historical(request.sourceDocument().trim());
        entry.origin = provenance.origin();
        entry.sourceDocument = provenance.sourceDocument();
        entry.recordedAt = clock.now();
        entry.recordedBy = callerContext.caller().name();
        entry.persist();

        MemberStatus previous = member.status;
        if (current) {
            member.status = request.status();
        }
        entityManager.flush();
        audit(member, entry, previous);
        if (current) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("previousStatus", previous);
            details.put("status", member.status);
            details.put("source", "historical");
            if (entry.decisionRef != null) {
                details.put("decisionRef", entry.decisionRef);
            }
            changeLog.member(id, ChangeType.STATUS_CHANGED, MemberEvents.ofStatusChange(previous, member.status),
                    entry.effectiveOn, details);
        }
        return member;
    }

    /** The entry becomes the member's status: the rules of any status change still hold. */
    private static void requireNewCurrent(Member member, MemberStatus status) {
        if (member.status == status) {
            throw ProblemException.ruleViolated("member.status-unchanged",
                    "Đảng viên đã ở tình trạng " + member.status.vietnameseName() + " (already " + member.status + ")");
        }
        if (member.status == MemberStatus.DECEASED) {
            throw ProblemException.ruleViolated("member.status-final",
                    "Không thể thay đổi tình trạng của đảng viên đã từ trần (a deceased member's status is final)");
        }
        if (status == MemberStatus.OFFICIAL && member.officialDate == null) {
            throw ProblemException.ruleViolated("member.official-date",
                    "Cần ghi ngày chính thức trước (record the official date first)");
        }
    }

    private void audit(Member member, MemberStatusChange entry, MemberStatus previous) {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        changes.put("historicalStatus", new AuditTrail.Change(null, entry.status));
        changes.put("effectiveOn", new AuditTrail.Change(null, entry.effectiveOn));
        changes.put("sourceDocument", new AuditTrail.Change(null, entry.sourceDocument));
        changes.put("decisionRef", new AuditTrail.Change(null, entry.decisionRef));
        if (previous != member.status) {
            changes.put("status", new AuditTrail.Change(previous, member.status));
        }
        auditTrail.recorded(AUDIT_ACTION, MemberService.AUDIT_TYPE, member.id, changes);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
