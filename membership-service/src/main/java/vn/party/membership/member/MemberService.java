package vn.party.membership.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.party.common.persistence.AuditEntry;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.contracts.memberevents.ChangeType;
import vn.party.membership.changes.ChangeLog;
import vn.party.membership.changes.MemberEvents;
import vn.party.membership.member.domain.MemberRules;
import vn.party.membership.member.domain.MemberStatus;
import vn.party.membership.member.domain.StatusPathRules;
import vn.party.membership.member.domain.VietnameseName;
import vn.party.membership.member.rest.MemberRequests;
import vn.party.membership.organization.Organization;
import vn.party.membership.organization.domain.OrganizationStatus;
import vn.party.membership.policy.Policy;
import vn.party.membership.policy.PolicyCatalog;
import vn.party.membership.policy.PolicyTimeline;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class MemberService {

    static final String AUDIT_TYPE = "member";
    /** Registrations and corrections refused because a CCCD or card number is taken (with the number tried). */
    public static final String CONFLICT_AUDIT_TYPE = "member-conflict";

    @Inject
    EntityManager entityManager;

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    CallerContext callerContext;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PolicyCatalog policies;

    @Inject
    ChangeLog changeLog;

    @Inject
    PartyClock clock;

    /** "Today" is the Vietnamese calendar day, whatever the server's zone (the one clock, pinned in tests). */
    public LocalDate today() {
        return clock.today();
    }

    public Member register(@NotNull @Valid MemberRequests.Register request) {
        return register(request, null);
    }

    /**
     * Registers a member; {@code event} names why for the change feed ({@link MemberEvents#ADMITTED} from the
     * admission ceremony, {@link MemberEvents#TRANSFERRED_IN} on receipt of a transfer), null for a plain entry.
     */
    public Member register(@NotNull @Valid MemberRequests.Register request, String event) {
        Organization organization = registrableOrganization(request.organizationId());
        MemberStatus status = registrationStatus(request);
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.organizationId = organization.id;
        member.status = status;
        apply(member, request.profile(), null, policies.timeline());
        member.persist();

        MemberAffiliation affiliation = new MemberAffiliation();
        affiliation.memberId = member.id;
        affiliation.organizationId = organization.id;
        affiliation.validFrom = member.admissionDate;
        affiliation.reason = "REGISTRATION";
        affiliation.persist();
        recordRegistration(member);
        entityManager.flush();
        auditTrail.created(AUDIT_TYPE, member.id, member.auditState());
        changeLog.member(member.id, ChangeType.CREATED, event, member.admissionDate, Map.of("status", member.status));
        return member;
    }

    /**
     * Registers many members in the caller's transaction (a file import): each request gets what
     * {@link #register} gives (same checks, affiliation, status history, CREATE audit row), except that
     * uniqueness of CCCD and card number is <em>not</em> queried row by row: the caller checks the whole batch
     * in one query and the unique constraints still refuse a clash. Organizations are checked once each, and
     * members are inserted in JDBC batches.
     */
    public List<UUID> registerAll(@NotNull List<MemberRequests.@NotNull @Valid Register> requests) {
        Map<UUID, Organization> organizations = new java.util.HashMap<>();
        PolicyTimeline timeline = policies.timeline();
        List<UUID> created = new java.util.ArrayList<>(requests.size());
        int chunk = 200;
        for (int from = 0; from < requests.size(); from += chunk) {
            List<Member> batch = new java.util.ArrayList<>(chunk);
            for (MemberRequests.Register request : requests.subList(from, Math.min(requests.size(), from + chunk))) {
                Organization organization = organizations.computeIfAbsent(request.organizationId(),
                        this::registrableOrganization);
                Member member = new Member();
                member.id = UUID.randomUUID();
                member.organizationId = organization.id;
                member.status = registrationStatus(request);
                applyWithoutUniqueness(member, request.profile(), timeline);
                member.persist();
                batch.add(member);
            }
            entityManager.flush(); // the members' inserts go out in JDBC batches before their dependents
            for (Member member : batch) {
                MemberAffiliation affiliation = new MemberAffiliation();
                affiliation.memberId = member.id;
                affiliation.organizationId = member.organizationId;
                affiliation.validFrom = member.admissionDate;
                affiliation.reason = "REGISTRATION";
                affiliation.persist();
                recordRegistration(member);
                auditTrail.created(AUDIT_TYPE, member.id, member.auditState());
                created.add(member.id);
            }
            entityManager.flush();
            changeLog.members(batch.stream().map(m -> m.id).toList(), ChangeType.CREATED, null,
                    clock.today(), Map.of("source", "import"));
            entityManager.clear(); // a small persistence context: flushing thousands of managed rows is slow
            organizations.clear();
        }
        return created;
    }

    private Organization registrableOrganization(UUID organizationId) {
        Organization organization = Organization.<Organization>findByIdOptional(organizationId)
                .orElseThrow(() -> ProblemException.invalidField("organizationId",
                        "tổ chức không tồn tại (no such organization)"));
        scopeGuard.requireWrite(organization.id);
        if (organization.status != OrganizationStatus.ACTIVE) {
            throw ProblemException.ruleViolated("member.organization-active",
                    "Tổ chức " + organization.name + " không còn hoạt động (the organization is " + organization.status + ")");
        }
        return organization;
    }

    private static MemberStatus registrationStatus(MemberRequests.Register request) {
        MemberStatus status = request.status() != null ? request.status()
                : request.profile().officialDate() != null ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY;
        if (StatusPathRules.LEGAL_EFFECT.contains(status)) {
            StatusPathRules.requireDirectlyRecordable(MemberStatus.OFFICIAL, status); // suspended only by a decision
        }
        if (!status.isActive()) {
            throw ProblemException.invalidField("status",
                    "chỉ đăng ký đảng viên đang sinh hoạt; các tình trạng khác qua thay đổi tình trạng"
                            + " (register active members; other statuses come through status changes)");
        }
        return status;
    }

    public Member correct(@NotNull UUID id, @NotNull @Valid MemberRequests.Correct request) {
        Member member = find(id);
        scopeGuard.requireWrite(member.organizationId);
        member.requireVersion(request.version());
        Map<String, Object> before = member.auditState();
        apply(member, request.profile(), member.id, policies.timeline());
        Map<String, Object> after = member.auditState();
        auditTrail.updated(AUDIT_TYPE, id, before, after);
        entityManager.flush();
        var changed = AuditTrail.diff(before, after).keySet();
        if (!changed.isEmpty()) {
            changeLog.member(member.id, ChangeType.UPDATED, MemberEvents.CORRECTED, clock.today(),
                    Map.of("fields", List.copyOf(changed)));
        }
        return member;
    }

    public Member changeStatus(@NotNull UUID id, @NotNull @Valid MemberRequests.ChangeStatus request) {
        Member member = find(id);
        scopeGuard.requireWrite(member.organizationId);
        member.requireVersion(request.version());
        checkStatusChange(member, request.status());
        // expulsion, suspension and their reversal exist only as inspection's decisions: see changeStatusByDecision
        StatusPathRules.requireDirectlyRecordable(member.status, request.status());
        return transition(member, request.status(), request.effectiveOn(), request.reason(), request.decisionRef(),
                StatusProvenance.RECORDED);
    }

    /**
     * A status change decided elsewhere and delivered by another service (an inspection decision's effect): the
     * same rules, history, audit and change-log row as {@link #changeStatus}, without the caller's organization
     * scope and version, which the delivering service cannot have. The member row is locked first, so concurrent
     * deliveries for one member apply one after the other. The only way to set or lift a legal-effect status
     * ({@link StatusPathRules#LEGAL_EFFECT}); no endpoint reaches it but the effects receiver, whose caller proved the
     * effect was signed by inspection. The entry names the effect and the decision ({@code provenance}).
     */
    public Member changeStatusByDecision(@NotNull UUID id, @NotNull MemberStatus status, @NotNull LocalDate effectiveOn,
            @NotNull String reason, String decisionRef, @NotNull StatusProvenance provenance) {
        Member member = lockForDecision(id);
        checkStatusChange(member, status);
        return transition(member, status, effectiveOn, reason.length() > 1000 ? reason.substring(0, 1000) : reason,
                decisionRef, provenance);
    }

    /** The member, locked for the transaction (a decision delivered by another service). */
    public Member lockForDecision(@NotNull UUID id) {
        return Member.<Member>findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Đảng viên", id));
    }

    /**
     * Records a change of the member that is not a status change (e.g. removal from a post) in the change feed, in
     * the caller's transaction.
     */
    public void recordChange(@NotNull UUID id, @NotNull String event, @NotNull LocalDate effectiveOn,
            Map<String, ?> details) {
        changeLog.member(id, ChangeType.UPDATED, event, effectiveOn, details);
    }

    private static void checkStatusChange(Member member, MemberStatus status) {
        if (member.status == status) {
            throw ProblemException.ruleViolated("member.status-unchanged",
                    "Đảng viên đã ở tình trạng " + member.status.vietnameseName() + " (already " + member.status + ")");
        }
        if (member.status == MemberStatus.DECEASED) {
            throw ProblemException.ruleViolated("member.status-final",
                    "Không thể thay đổi tình trạng của đảng viên đã từ trần (a deceased member's status is final)");
        }
    }

    /** The one place a status changes after registration: history row, audit row and change-log row. */
    private Member transition(Member member, MemberStatus status, LocalDate effectiveOn, String reason,
            String decisionRef, StatusProvenance provenance) {
        if (effectiveOn.isAfter(clock.today())) {
            throw ProblemException.invalidField("effectiveOn", "không được ở tương lai (cannot be in the future)");
        }
        if (status == MemberStatus.OFFICIAL && member.officialDate == null) {
            throw ProblemException.ruleViolated("member.official-date",
                    "Cần ghi ngày chính thức trước (record the official date first: recognition comes with the lifecycle)");
        }
        Map<String, Object> before = member.auditState();
        MemberStatus previous = member.status;
        member.status = status;
        recordStatus(member.id, status, effectiveOn, reason, decisionRef, provenance);
        auditTrail.updated(AUDIT_TYPE, member.id, before, member.auditState());
        entityManager.flush();
        statusChanged(member, previous, effectiveOn, decisionRef);
        return member;
    }

    private void statusChanged(Member member, MemberStatus previous, LocalDate effectiveOn, String decisionRef) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("previousStatus", previous);
        details.put("status", member.status);
        if (decisionRef != null && !decisionRef.isBlank()) {
            details.put("decisionRef", decisionRef.trim());
        }
        changeLog.member(member.id, ChangeType.STATUS_CHANGED, MemberEvents.ofStatusChange(previous, member.status),
                effectiveOn, details);
    }

    /**
     * Probation passed (công nhận chính thức): OFFICIAL from {@code officialDate}, the exact end of probation even
     * when recognised later, with the decision in the status history.
     */
    public Member recognizeOfficial(@NotNull UUID id, @NotNull LocalDate officialDate, @NotNull String reason,
            String decisionRef) {
        Member member = probationaryMember(id);
        Map<String, Object> before = member.auditState();
        member.officialDate = officialDate;
        member.status = MemberStatus.OFFICIAL;
        recordStatus(member.id, MemberStatus.OFFICIAL, officialDate, reason, decisionRef);
        auditTrail.updated(AUDIT_TYPE, id, before, member.auditState());
        entityManager.flush();
        statusChanged(member, MemberStatus.PROBATIONARY, officialDate, decisionRef);
        return member;
    }

    /** Probation failed: removed from the probationary list (status REMOVED) with the decision in the history. */
    public Member endProbation(@NotNull UUID id, @NotNull LocalDate effectiveOn, @NotNull String reason,
            String decisionRef) {
        Member member = probationaryMember(id);
        Map<String, Object> before = member.auditState();
        member.status = MemberStatus.REMOVED;
        recordStatus(member.id, MemberStatus.REMOVED, effectiveOn, reason, decisionRef);
        auditTrail.updated(AUDIT_TYPE, id, before, member.auditState());
        entityManager.flush();
        statusChanged(member, MemberStatus.PROBATIONARY, effectiveOn, decisionRef);
        return member;
    }

    private Member probationaryMember(UUID id) {
        Member member = find(id);
        scopeGuard.requireWrite(member.organizationId);
        if (member.status != MemberStatus.PROBATIONARY) {
            throw ProblemException.ruleViolated("probation.status",
                    "Đảng viên không ở tình trạng dự bị (the member is " + member.status + ", not PROBATIONARY)");
        }
        return member;
    }

    /** The full dossier; reading it is audited. */
    public Member readDossier(@NotNull UUID id) {
        Member member = find(id);
        requireReadable(member);
        auditTrail.read(AUDIT_TYPE, id);
        return member;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemberStatusChange> statusHistory(@NotNull UUID id) {
        Member member = find(id);
        requireReadable(member);
        return MemberStatusChange.list("memberId = ?1 order by effectiveOn, id", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> auditHistory(@NotNull UUID id) {
        find(id);
        return auditTrail.history(AUDIT_TYPE, id);
    }

    /** The caller's own record, from the member id the identity provider vouches for. */
    public Member me() {
        UUID memberId = callerContext.caller().memberId().orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "Tài khoản chưa gắn với hồ sơ đảng viên (no member record is linked to this account)"));
        Member member = Member.<Member>findByIdOptional(memberId).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "Không tìm thấy hồ sơ đảng viên của bạn (your member record was not found)"));
        auditTrail.read(AUDIT_TYPE, memberId);
        return member;
    }

    /** Whether the caller may see the full CCCD: the bloc office, and members their own. */
    public boolean revealsNationalId(Member member) {
        Caller caller = callerContext.caller();
        return caller.isBlocAdmin() || caller.memberId().map(member.id::equals).orElse(false);
    }

    private void requireReadable(Member member) {
        Caller caller = callerContext.caller();
        if (caller.memberId().map(member.id::equals).orElse(false)) {
            return;
        }
        scopeGuard.requireRead(member.organizationId);
    }

    private void apply(Member member, MemberRequests.Profile profile, UUID existingId, PolicyTimeline timeline) {
        checkProfile(member, profile, timeline);
        requireUnique("nationalId", "national_id", profile.nationalId(), existingId,
                "CCCD trùng với một hồ sơ đã có (conflicts with an existing record)");
        if (profile.partyCardNumber() != null) {
            requireUnique("partyCardNumber", "party_card_number", profile.partyCardNumber(), existingId,
                    "Số thẻ đảng trùng với một hồ sơ đã có (conflicts with an existing record)");
        }
        copyProfile(member, profile);
    }

    private void applyWithoutUniqueness(Member member, MemberRequests.Profile profile, PolicyTimeline timeline) {
        checkProfile(member, profile, timeline);
        copyProfile(member, profile);
    }

    /** Checks the dates against the policy version in force on the admission (ceremony) date. */
    private void checkProfile(Member member, MemberRequests.Profile profile, PolicyTimeline timeline) {
        VietnameseName.parse(profile.fullName(), profile.familyName(), profile.givenName());
        Policy policy = timeline.inForceOn(profile.admissionDate());
        MemberRules.checkDates(new MemberRules.Dates(profile.dateOfBirth(), profile.admissionDecisionDate(),
                profile.admissionDate(), profile.officialDate()), member.status, policy.minAdmissionAgeMonths(),
                policy.probationMonths(), clock.today());
    }

    private static void copyProfile(Member member, MemberRequests.Profile profile) {
        VietnameseName name = VietnameseName.parse(profile.fullName(), profile.familyName(), profile.givenName());
        member.fullName = name.fullName();
        member.familyName = name.familyName();
        member.givenName = name.givenName();
        member.nameSortKey = name.sortKey();
        member.gender = profile.gender();
        member.dateOfBirth = profile.dateOfBirth();
        member.ethnicity = VietnameseName.normalize(profile.ethnicity());
        member.religion = trimToNull(profile.religion());
        member.hometown = trimToNull(profile.hometown());
        member.nationalId = profile.nationalId();
        member.partyCardNumber = profile.partyCardNumber();
        member.phone = trimToNull(profile.phone());
        member.educationLevel = trimToNull(profile.educationLevel());
        member.politicalTheoryLevel = trimToNull(profile.politicalTheoryLevel());
        member.jobTitle = trimToNull(profile.jobTitle());
        member.hostAgency = trimToNull(profile.hostAgency());
        member.admissionDecisionDate = profile.admissionDecisionDate();
        member.admissionDate = profile.admissionDate();
        member.officialDate = profile.officialDate();
    }

    private void requireUnique(String field, String column, String value, UUID existingId, String message) {
        Number clashes = (Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM member WHERE " + column + " = :value AND id <> :id")
                .setParameter("value", value)
                .setParameter("id", existingId == null ? new UUID(0, 0) : existingId)
                .getSingleResult();
        if (clashes.longValue() > 0) {
            // The answer says only that the number is taken, never by whom or where (the other record may lie outside
            // the caller's scope); the attempt is audited in a transaction of its own, as the refusal rolls back.
            Map<String, AuditTrail.Change> attempt = new java.util.LinkedHashMap<>();
            attempt.put("field", new AuditTrail.Change(null, field));
            attempt.put("value", new AuditTrail.Change(null, value));
            auditTrail.recordedAlone("CONFLICT", CONFLICT_AUDIT_TYPE, existingId == null ? "*" : existingId, attempt);
            throw new ProblemException(ProblemType.CONFLICT, message, List.of(new Problem.FieldError(field, message)));
        }
    }

    /**
     * The status history a registered member brings from the paper register: an official member was probationary
     * from admission until the official date, so "as of" counts of earlier years find them on the roll.
     */
    private void recordRegistration(Member member) {
        String reason = "Đăng ký vào sổ đảng viên (registered)";
        if (member.status == MemberStatus.OFFICIAL && member.officialDate != null
                && member.officialDate.isAfter(member.admissionDate)) {
            recordStatus(member.id, MemberStatus.PROBATIONARY, member.admissionDate, reason + ": dự bị từ ngày kết nạp", null);
            recordStatus(member.id, MemberStatus.OFFICIAL, member.officialDate, reason, null);
            return;
        }
        recordStatus(member.id, member.status,
                member.status == MemberStatus.OFFICIAL ? member.officialDate : member.admissionDate, reason, null);
    }

    private void recordStatus(UUID memberId, MemberStatus status, LocalDate effectiveOn, String reason,
            String decisionRef) {
        recordStatus(memberId, status, effectiveOn, reason, decisionRef, StatusProvenance.RECORDED);
    }

    private void recordStatus(UUID memberId, MemberStatus status, LocalDate effectiveOn, String reason,
            String decisionRef, StatusProvenance provenance) {
        MemberStatusChange change = new MemberStatusChange();
        change.origin = provenance.origin();
        change.effectId = provenance.effectId();
        change.decisionId = provenance.decisionId();
        change.sourceDocument = provenance.sourceDocument();
        change.memberId = memberId;
        change.status = status;
        change.effectiveOn = effectiveOn;
        change.reason = reason;
        change.decisionRef = trimToNull(decisionRef);
        change.recordedAt = clock.now();
        change.recordedBy = callerContext.caller().name();
        change.persist();
    }

    private static Member find(UUID id) {
        return Member.<Member>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Đảng viên", id));
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
