package vn.party.membership.leaving;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.party.common.problem.ProblemException;
import vn.party.common.security.ScopeGuard;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.MemberStatusChange;
import vn.party.membership.member.domain.MemberStatus;
import vn.party.membership.member.rest.MemberRequests;

/**
 * Leaving the roll (xóa tên, ra khỏi Đảng, từ trần) and exemption from activity (miễn sinh hoạt). Every change goes
 * through {@link MemberService#changeStatus}, which checks the write scope and the version, records the status
 * history with the decision and writes the audit row; the rules here come first, after the scope check.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class LeavingService {

    public static final String MEMBER_ACTIVE = "leaving.member-active";
    public static final String REASON_TEXT = "leaving.reason-text";
    public static final String NO_PENDING_VIOLATIONS = "leaving.no-pending-violations";
    public static final String EXEMPTION_STATUS = "leaving.exemption-status";
    public static final String NOT_EXEMPTED = "leaving.not-exempted";

    @Inject
    MemberService members;

    @Inject
    ScopeGuard scopeGuard;

    public Member remove(@NotNull UUID id, @NotNull @Valid LeavingRequests.Removal request) {
        Member member = activeMember(id, "xóa tên");
        String text = request.reasonText() == null || request.reasonText().isBlank() ? null : request.reasonText().trim();
        if (request.reason() == RemovalReason.OTHER && text == null) {
            throw ProblemException.ruleViolated(REASON_TEXT,
                    "Lý do khác cần ghi rõ (OTHER needs reasonText)");
        }
        String reason = "Xóa tên [" + request.reason() + "]: " + request.reason().vietnameseText()
                + (text != null ? " — " + text : "");
        return change(member, MemberStatus.REMOVED, request.decidedOn(), reason, request.decisionRef(), request.version());
    }

    public Member leave(@NotNull UUID id, @NotNull @Valid LeavingRequests.Leaving request) {
        Member member = activeMember(id, "ra khỏi Đảng");
        if (!Boolean.TRUE.equals(request.noPendingViolations())) {
            throw ProblemException.ruleViolated(NO_PENDING_VIOLATIONS, "Chỉ được ra khỏi Đảng khi không có vi phạm"
                    + " đang xem xét: cần xác nhận noPendingViolations=true (voluntary leaving only without violations;"
                    + " inspection confirms later)");
        }
        String reason = "Ra khỏi Đảng (tự nguyện; xác nhận không có vi phạm đang xem xét)"
                + (isBlank(request.reason()) ? "" : ": " + request.reason().trim());
        return change(member, MemberStatus.LEFT, request.effectiveOn(), reason, request.decisionRef(), request.version());
    }

    public Member recordDeath(@NotNull UUID id, @NotNull @Valid LeavingRequests.Death request) {
        Member member = activeMember(id, "ghi nhận từ trần");
        String reason = "Từ trần ngày " + request.dateOfDeath() + (isBlank(request.note()) ? "" : ": " + request.note().trim());
        return change(member, MemberStatus.DECEASED, request.dateOfDeath(), reason, null, request.version());
    }

    public Member exempt(@NotNull UUID id, @NotNull @Valid LeavingRequests.Exemption request) {
        Member member = writable(id);
        if (member.status != MemberStatus.PROBATIONARY && member.status != MemberStatus.OFFICIAL) {
            throw ProblemException.ruleViolated(EXEMPTION_STATUS, "Chỉ miễn sinh hoạt cho đảng viên dự bị hoặc chính"
                    + " thức (only probationary or official members are exempted; the member is " + member.status + ")");
        }
        if (request.endsOn() != null && !request.endsOn().isAfter(request.startsOn())) {
            throw ProblemException.invalidField("endsOn", "phải sau ngày bắt đầu (must come after startsOn)");
        }
        String reason = "Miễn sinh hoạt từ " + request.startsOn()
                + (request.endsOn() != null ? " đến " + request.endsOn() : "") + ": " + request.reason().trim();
        Member exempted = change(member, MemberStatus.EXEMPTED, request.startsOn(), reason, request.decisionRef(),
                request.version());
        if (request.endsOn() != null) {
            MemberStatusChange entry = MemberStatusChange.<MemberStatusChange>find("memberId = ?1 order by id desc", id)
                    .firstResult();
            entry.endsOn = request.endsOn();
        }
        return exempted;
    }

    public Member endExemption(@NotNull UUID id, @NotNull @Valid LeavingRequests.ExemptionEnd request) {
        Member member = writable(id);
        if (member.status != MemberStatus.EXEMPTED) {
            throw ProblemException.ruleViolated(NOT_EXEMPTED, "Đảng viên không đang được miễn sinh hoạt (the member is "
                    + member.status + ", not EXEMPTED)");
        }
        String reason = "Kết thúc miễn sinh hoạt" + (isBlank(request.reason()) ? "" : ": " + request.reason().trim());
        return change(member, statusBeforeExemption(member), request.endedOn(), reason, request.decisionRef(),
                request.version());
    }

    /** The active status recorded just before the latest EXEMPTED entry; by the official date when none is. */
    private static MemberStatus statusBeforeExemption(Member member) {
        List<MemberStatusChange> history = MemberStatusChange.list("memberId = ?1 order by effectiveOn, id", member.id);
        int last = -1;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).status == MemberStatus.EXEMPTED) {
                last = i;
            }
        }
        for (int i = last - 1; i >= 0; i--) {
            MemberStatus status = history.get(i).status;
            if (status == MemberStatus.PROBATIONARY || status == MemberStatus.OFFICIAL) {
                return status == MemberStatus.OFFICIAL && member.officialDate == null ? MemberStatus.PROBATIONARY : status;
            }
        }
        return member.officialDate != null ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY;
    }

    private Member change(Member member, MemberStatus status, java.time.LocalDate effectiveOn, String reason,
            String decisionRef, Long version) {
        String text = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        return members.changeStatus(member.id,
                new MemberRequests.ChangeStatus(status, effectiveOn, text, decisionRef, version));
    }

    private Member activeMember(UUID id, String what) {
        Member member = writable(id);
        if (!member.status.isActive()) {
            throw ProblemException.ruleViolated(MEMBER_ACTIVE, "Chỉ " + what + " đối với đảng viên đang sinh hoạt"
                    + " (only active members; the member is " + member.status + ")");
        }
        return member;
    }

    /** Scope before rules: an out-of-scope caller learns nothing about the member's status. */
    private Member writable(UUID id) {
        Member member = Member.<Member>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Đảng viên", id));
        scopeGuard.requireWrite(member.organizationId);
        return member;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
