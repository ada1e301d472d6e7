package vn.party.membership.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.party.common.persistence.AuditEntry;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.OrganizationScope;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.membership.calendar.WorkingCalendar;
import vn.party.membership.changes.ChangeLog;
import vn.party.membership.changes.MemberEvents;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberAffiliation;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.domain.MemberStatus;
import vn.party.membership.member.rest.MemberRequests;
import vn.party.membership.organization.Organization;
import vn.party.membership.organization.domain.OrganizationStatus;

/**
 * Transfers of party activity. The sending side starts a case (the receiving side for a member coming from outside
 * the tree); while in progress it is visible to both sides and the member stays where they are. On receipt an
 * official internal transfer moves the member (affiliation closed and opened, organization updated), an outgoing
 * one marks them TRANSFERRED_OUT and an incoming one registers them; a temporary transfer only records the host.
 * Every change is audited, with the member's own changes audited as the member's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class TransferService {

    static final String AUDIT_TYPE = "transfer";
    static final String MEMBER_AUDIT_TYPE = "member";
    private static final Set<String> MANAGERS = Set.of(Roles.ORG_SECRETARY);

    @Inject
    EntityManager entityManager;

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    CallerContext callerContext;

    @Inject
    AuditTrail auditTrail;

    @Inject
    WorkingCalendar calendar;

    @Inject
    MemberService members;

    @Inject
    ChangeLog changeLog;

    public MemberTransfer start(@NotNull @Valid TransferRequests.Start request) {
        MemberTransfer transfer = new MemberTransfer();
        transfer.id = UUID.randomUUID();
        transfer.kind = request.kind();
        transfer.reason = request.reason();
        transfer.status = TransferStatus.IN_PROGRESS;
        if (!isBlank(request.fromExternalName())) {
            startIncoming(transfer, request);
        } else {
            startFromTree(transfer, request);
        }
        LocalDate today = members.today();
        if (request.requestedOn().isAfter(today)) {
            throw ProblemException.invalidField("requestedOn", "không được ở tương lai (cannot be in the future)");
        }
        transfer.requestedOn = request.requestedOn();
        transfer.note = trimToNull(request.note());
        if (request.kind() == TransferKind.OFFICIAL) {
            checkOfficial(transfer, request);
        } else {
            checkTemporary(transfer, request);
        }
        if (transfer.memberId != null && MemberTransfer.count("memberId = ?1 and status = ?2", transfer.memberId,
                TransferStatus.IN_PROGRESS) > 0) {
            throw ProblemException.conflict("Đảng viên đang có một thủ tục chuyển sinh hoạt chưa hoàn tất"
                    + " (the member already has a transfer in progress)");
        }
        transfer.persist();
        entityManager.flush();
        auditTrail.created(AUDIT_TYPE, transfer.id, transfer.auditState());
        return transfer;
    }

    private void startIncoming(MemberTransfer transfer, TransferRequests.Start request) {
        transfer.direction = TransferDirection.INCOMING;
        if (request.memberId() != null) {
            throw ProblemException.invalidField("memberId",
                    "đảng viên từ ngoài chưa có hồ sơ trong hệ thống (a member from outside has no record yet)");
        }
        if (isBlank(request.memberName())) {
            throw ProblemException.invalidField("memberName", "bắt buộc khi chuyển đến từ ngoài (required when coming"
                    + " from outside)");
        }
        if (request.kind() == TransferKind.TEMPORARY) {
            throw ProblemException.invalidField("kind", "chỉ ghi nhận chuyển chính thức từ ngoài vào (only official"
                    + " transfers from outside are recorded)");
        }
        if (request.toOrganizationId() == null || !isBlank(request.toExternalName())) {
            throw ProblemException.invalidField("toOrganizationId",
                    "bắt buộc: tổ chức tiếp nhận trong hệ thống (required: the receiving organization of the tree)");
        }
        Organization to = Organization.<Organization>findByIdOptional(request.toOrganizationId())
                .orElseThrow(() -> ProblemException.invalidField("toOrganizationId",
                        "tổ chức không tồn tại (no such organization)"));
        scopeGuard.requireWithin(to.id, MANAGERS); // scope first: nothing about an organization out of reach
        to = receivingOrganization(to.id);
        transfer.memberName = request.memberName().trim();
        transfer.fromExternalName = request.fromExternalName().trim();
        transfer.toOrganizationId = to.id;
    }

    private void startFromTree(MemberTransfer transfer, TransferRequests.Start request) {
        if (request.memberId() == null) {
            throw ProblemException.invalidField("memberId", "bắt buộc (required)");
        }
        Member member = Member.<Member>findByIdOptional(request.memberId())
                .orElseThrow(() -> ProblemException.invalidField("memberId", "đảng viên không tồn tại (no such member)"));
        scopeGuard.requireWithin(member.organizationId, MANAGERS);
        if (!member.status.isActive()) {
            throw ProblemException.ruleViolated("transfer.member-active", "Đảng viên " + member.fullName
                    + " không còn sinh hoạt (the member is " + member.status + ")");
        }
        boolean internal = request.toOrganizationId() != null;
        if (internal == !isBlank(request.toExternalName())) {
            throw ProblemException.invalidField("toOrganizationId", "cần đúng một trong toOrganizationId và"
                    + " toExternalName (exactly one of toOrganizationId and toExternalName)");
        }
        transfer.memberId = member.id;
        transfer.memberName = member.fullName;
        transfer.fromOrganizationId = member.organizationId;
        if (internal) {
            Organization to = receivingOrganization(request.toOrganizationId());
            if (to.id.equals(member.organizationId)) {
                throw ProblemException.invalidField("toOrganizationId",
                        "đảng viên đã sinh hoạt tại tổ chức này (the member already belongs here)");
            }
            transfer.direction = TransferDirection.INTERNAL;
            transfer.toOrganizationId = to.id;
        } else {
            transfer.direction = TransferDirection.OUTGOING;
            transfer.toExternalName = request.toExternalName().trim();
        }
    }

    private void checkOfficial(MemberTransfer transfer, TransferRequests.Start request) {
        if (request.triggerDecidedOn() == null) {
            throw ProblemException.invalidField("triggerDecidedOn",
                    "bắt buộc: ngày quyết định chuyển công tác, nghỉ hưu... (required: the triggering decision's date)");
        }
        if (isBlank(request.letterNumber())) {
            throw ProblemException.invalidField("letterNumber", "bắt buộc: số giấy giới thiệu (required)");
        }
        if (request.letterIssuedOn() == null) {
            throw ProblemException.invalidField("letterIssuedOn", "bắt buộc (required)");
        }
        if (request.letterIssuedOn().isBefore(request.triggerDecidedOn())) {
            throw ProblemException.invalidField("letterIssuedOn",
                    "không được trước ngày quyết định (cannot precede the triggering decision)");
        }
        if (request.startsOn() != null || request.endsOn() != null) {
            throw ProblemException.invalidField("endsOn", "chỉ dùng cho chuyển tạm thời (temporary transfers only)");
        }
        TransferRules.checkRequest(request.triggerDecidedOn(), request.requestedOn(),
                policyOn(request.triggerDecidedOn()), calendar.workingDays());
        transfer.triggerDecidedOn = request.triggerDecidedOn();
        transfer.triggerDecisionRef = trimToNull(request.triggerDecisionRef());
        transfer.letterNumber = request.letterNumber().trim();
        transfer.letterIssuedOn = request.letterIssuedOn();
    }

    private void checkTemporary(MemberTransfer transfer, TransferRequests.Start request) {
        if (request.startsOn() == null) {
            throw ProblemException.invalidField("startsOn", "bắt buộc (required)");
        }
        if (request.endsOn() == null) {
            throw ProblemException.invalidField("endsOn", "bắt buộc (required)");
        }
        TransferRules.checkTemporaryDuration(request.startsOn(), request.endsOn(),
                request.reason() == TransferReason.STUDY, policyOn(request.startsOn()));
        transfer.startsOn = request.startsOn();
        transfer.endsOn = request.endsOn();
        transfer.triggerDecidedOn = request.triggerDecidedOn();
        transfer.triggerDecisionRef = trimToNull(request.triggerDecisionRef());
        transfer.letterNumber = trimToNull(request.letterNumber());
        transfer.letterIssuedOn = request.letterIssuedOn();
    }

    /** The receiving side (the sending side when the destination is outside the tree) records the receipt. */
    public MemberTransfer receive(@NotNull UUID id, @NotNull @Valid TransferRequests.Receipt request) {
        MemberTransfer transfer = find(id);
        scopeGuard.requireWithin(receivingSide(transfer), MANAGERS);
        requireInProgress(transfer);
        transfer.requireVersion(request.version());
        LocalDate receivedOn = request.receivedOn();
        if (receivedOn.isAfter(members.today())) {
            throw ProblemException.invalidField("receivedOn", "không được ở tương lai (cannot be in the future)");
        }
        if (receivedOn.isBefore(transfer.requestedOn)) {
            throw ProblemException.invalidField("receivedOn", "không được trước ngày đề nghị (cannot precede the request)");
        }
        Map<String, Object> before = transfer.auditState();
        if (transfer.kind == TransferKind.OFFICIAL) {
            if (transfer.direction != TransferDirection.OUTGOING) {
                TransferRules.checkPresentation(transfer.letterIssuedOn, receivedOn, policyOn(transfer.letterIssuedOn),
                        calendar.workingDays());
            }
            switch (transfer.direction) {
                case INTERNAL -> move(transfer, receivedOn);
                case OUTGOING -> transferOut(transfer, receivedOn);
                case INCOMING -> registerIncoming(transfer, request.profile(), receivedOn);
            }
        }
        transfer.status = TransferStatus.RECEIVED;
        transfer.receivedOn = receivedOn;
        entityManager.flush();
        auditTrail.updated(AUDIT_TYPE, transfer.id, before, transfer.auditState());
        return transfer;
    }

    private void move(MemberTransfer transfer, LocalDate receivedOn) {
        Member member = Member.findById(transfer.memberId);
        if (!member.status.isActive() || !member.organizationId.equals(transfer.fromOrganizationId)) {
            throw ProblemException.ruleViolated("transfer.member-moved", "Đảng viên không còn sinh hoạt tại tổ chức"
                    + " chuyển đi (the member is no longer active in the sending organization)");
        }
        Organization to = receivingOrganization(transfer.toOrganizationId);
        MemberAffiliation current = MemberAffiliation.<MemberAffiliation>find("memberId = ?1 and validTo is null",
                member.id).firstResult();
        if (current != null && !current.validFrom.isBefore(receivedOn)) {
            throw ProblemException.ruleViolated("transfer.effective-date-order", "Đảng viên sinh hoạt tại tổ chức hiện"
                    + " tại từ " + current.validFrom + " (the current affiliation must begin before the receipt)");
        }
        Map<String, Object> before = member.auditState();
        if (current != null) {
            current.validTo = receivedOn;
        }
        entityManager.flush(); // the closed period goes out before the new current one (one open period per member)
        MemberAffiliation next = new MemberAffiliation();
        next.memberId = member.id;
        next.organizationId = to.id;
        next.validFrom = receivedOn;
        next.reason = "TRANSFER";
        next.persist();
        member.organizationId = to.id;
        entityManager.flush();
        auditTrail.updated(MEMBER_AUDIT_TYPE, member.id, before, member.auditState());
        changeLog.membersMoved(List.of(member.id), transfer.fromOrganizationId, MemberEvents.TRANSFERRED, receivedOn,
                Map.of("transferId", transfer.id, "fromOrganizationId", transfer.fromOrganizationId));
    }

    private void transferOut(MemberTransfer transfer, LocalDate receivedOn) {
        Member member = Member.findById(transfer.memberId);
        if (!member.status.isActive()) {
            throw ProblemException.ruleViolated("transfer.member-active", "Đảng viên không còn sinh hoạt (the member is "
                    + member.status + ")");
        }
        members.changeStatus(member.id, new MemberRequests.ChangeStatus(MemberStatus.TRANSFERRED_OUT, receivedOn,
                "Chuyển sinh hoạt đảng đến " + transfer.toExternalName + " (transferred out)", transfer.letterNumber,
                member.version));
    }

    private void registerIncoming(MemberTransfer transfer, MemberRequests.Profile profile, LocalDate receivedOn) {
        if (profile == null) {
            throw ProblemException.invalidField("profile",
                    "bắt buộc: hồ sơ đảng viên chuyển đến (required: the incoming member's profile)");
        }
        if (profile.admissionDate() != null && !profile.admissionDate().isBefore(receivedOn)) {
            throw ProblemException.invalidField("profile.admissionDate",
                    "phải trước ngày tiếp nhận (must precede the receipt)");
        }
        Member member = members.register(new MemberRequests.Register(transfer.toOrganizationId, null, profile),
                MemberEvents.TRANSFERRED_IN);
        // the member belongs here from the receipt, not from their admission elsewhere
        MemberAffiliation affiliation = MemberAffiliation.<MemberAffiliation>find("memberId = ?1 and validTo is null",
                member.id).firstResult();
        affiliation.validFrom = receivedOn;
        affiliation.reason = "TRANSFER_IN";
        transfer.memberId = member.id;
        transfer.memberName = member.fullName;
    }

    public MemberTransfer cancel(@NotNull UUID id, @NotNull @Valid TransferRequests.Cancellation request) {
        MemberTransfer transfer = find(id);
        if (!permitsEitherSide(transfer, MANAGERS)) {
            throw ProblemException.forbidden("Thủ tục chuyển sinh hoạt nằm ngoài phạm vi của bạn (outside your scope)");
        }
        requireInProgress(transfer);
        transfer.requireVersion(request.version());
        if (request.cancelledOn().isBefore(transfer.requestedOn)) {
            throw ProblemException.invalidField("cancelledOn", "không được trước ngày đề nghị (cannot precede the request)");
        }
        Map<String, Object> before = transfer.auditState();
        transfer.status = TransferStatus.CANCELLED;
        transfer.cancelledOn = request.cancelledOn();
        transfer.cancellationReason = request.reason().trim();
        entityManager.flush();
        auditTrail.updated(AUDIT_TYPE, transfer.id, before, transfer.auditState());
        return transfer;
    }

    /** Bloc-admin, readers in scope of either side, and the member themselves. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberTransfer read(@NotNull UUID id) {
        MemberTransfer transfer = find(id);
        Caller caller = callerContext.caller();
        boolean own = transfer.memberId != null && caller.memberId().map(transfer.memberId::equals).orElse(false);
        if (!own && !permitsEitherSide(transfer, null)) {
            throw ProblemException.forbidden("Thủ tục chuyển sinh hoạt nằm ngoài phạm vi của bạn (outside your scope)");
        }
        return transfer;
    }

    /** Transfers from or into the organization's subtree, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemberTransfer> ofOrganization(@NotNull UUID organizationId) {
        scopeGuard.requireRead(organizationId);
        List<UUID> ids = entityManager.createNativeQuery("""
                        WITH RECURSIVE tree AS (
                            SELECT id FROM organization WHERE id = :root
                            UNION ALL
                            SELECT o.id FROM organization o JOIN tree t ON o.parent_id = t.id)
                        SELECT t.id FROM member_transfer t
                        WHERE t.from_organization_id IN (SELECT id FROM tree)
                           OR t.to_organization_id IN (SELECT id FROM tree)""", UUID.class)
                .setParameter("root", organizationId)
                .getResultList();
        return ids.isEmpty() ? List.of() : MemberTransfer.list("id in ?1 order by createdAt, id", ids);
    }

    /** A member's transfers: the member themselves, or readers in scope of the member's organization. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemberTransfer> ofMember(@NotNull UUID memberId) {
        Caller caller = callerContext.caller();
        if (!caller.memberId().map(memberId::equals).orElse(false)) {
            Member member = Member.<Member>findByIdOptional(memberId)
                    .orElseThrow(() -> ProblemException.notFound("Đảng viên", memberId));
            scopeGuard.requireRead(member.organizationId);
        }
        return MemberTransfer.list("memberId = ?1 order by createdAt, id", memberId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> auditHistory(@NotNull UUID id) {
        find(id);
        return auditTrail.history(AUDIT_TYPE, id);
    }

    /** The transfer numbers of the policy version in force on the date. */
    public TransferPolicy policyOn(LocalDate date) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT effective_from, transfer_request_working_days, transfer_presentation_working_days,
                               temporary_transfer_min_months, temporary_transfer_max_months, study_transfer_max_months
                        FROM policy_version WHERE effective_from <= :date
                        ORDER BY effective_from DESC LIMIT 1""")
                .setParameter("date", date)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.ruleViolated("policy.none-in-force",
                    "Không có phiên bản quy định nào có hiệu lực vào ngày " + date + " (no policy version in force on that date)");
        }
        Object[] row = rows.get(0);
        return new TransferPolicy(toLocalDate(row[0]), ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                ((Number) row[3]).intValue(), ((Number) row[4]).intValue(), ((Number) row[5]).intValue());
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private boolean permitsEitherSide(MemberTransfer transfer, Set<String> roles) {
        for (UUID side : new UUID[] {transfer.fromOrganizationId, transfer.toOrganizationId}) {
            if (side != null && (roles == null ? scopeGuard.permits(side, OrganizationScope.Access.READ)
                    : scopeGuard.permits(side, roles))) {
                return true;
            }
        }
        return callerContext.caller().isBlocAdmin();
    }

    private static UUID receivingSide(MemberTransfer transfer) {
        return transfer.toOrganizationId != null ? transfer.toOrganizationId : transfer.fromOrganizationId;
    }

    private static void requireInProgress(MemberTransfer transfer) {
        if (transfer.status != TransferStatus.IN_PROGRESS) {
            throw ProblemException.ruleViolated("transfer.status", "Thủ tục chuyển sinh hoạt đã kết thúc"
                    + " (the transfer is " + transfer.status + ")");
        }
    }

    private static Organization receivingOrganization(UUID id) {
        Organization organization = Organization.<Organization>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.invalidField("toOrganizationId",
                        "tổ chức không tồn tại (no such organization)"));
        if (organization.status != OrganizationStatus.ACTIVE) {
            // an internal transfer may name any organization of the tree, also outside the caller's scope: no name
            throw ProblemException.ruleViolated("transfer.organization-active", "Tổ chức tiếp nhận không còn hoạt"
                    + " động (the receiving organization is not active)");
        }
        return organization;
    }

    private static MemberTransfer find(UUID id) {
        return MemberTransfer.<MemberTransfer>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Thủ tục chuyển sinh hoạt", id));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }
}
