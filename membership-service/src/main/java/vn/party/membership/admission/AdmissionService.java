package vn.party.membership.admission;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.party.common.persistence.AuditEntry;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.CallerContext;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.membership.calendar.WorkingCalendar;
import vn.party.membership.changes.MemberEvents;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.domain.MemberStatus;
import vn.party.membership.member.domain.VietnameseName;
import vn.party.membership.member.rest.MemberRequests;
import vn.party.membership.organization.Organization;
import vn.party.membership.organization.domain.OrganizationStatus;
import vn.party.membership.organization.domain.OrganizationType;
import vn.party.membership.policy.Policy;
import vn.party.membership.policy.PolicyCatalog;

/**
 * The admission pipeline (kết nạp đảng viên): each transition checks the stage order, the caller's scope and the
 * rules of the policy version in force on the stage's date, records the stage and audits the change. The last
 * stage registers the probationary member through {@link MemberService}, in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class AdmissionService {

    static final String AUDIT_TYPE = "candidate";
    private static final Set<String> MANAGERS = Set.of(Roles.ORG_SECRETARY);

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    PartyClock clock;

    @Inject
    CallerContext callerContext;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PolicyCatalog policies;

    @Inject
    WorkingCalendar calendar;

    @Inject
    MemberService members;

    public Candidate create(@NotNull @Valid CandidateRequests.Create request) {
        Organization organization = Organization.<Organization>findByIdOptional(request.organizationId())
                .orElseThrow(() -> ProblemException.invalidField("organizationId",
                        "tổ chức không tồn tại (no such organization)"));
        scopeGuard.requireWithin(organization.id, MANAGERS);
        if (organization.status != OrganizationStatus.ACTIVE) {
            throw ProblemException.ruleViolated("admission.organization-active",
                    "Tổ chức " + organization.name + " không còn hoạt động (the organization is " + organization.status + ")");
        }
        CandidateRequests.Profile profile = request.profile();
        VietnameseName name = VietnameseName.parse(profile.fullName(), null, null);
        Candidate candidate = new Candidate();
        candidate.id = UUID.randomUUID();
        candidate.organizationId = organization.id;
        candidate.fullName = name.fullName();
        candidate.gender = profile.gender();
        candidate.dateOfBirth = profile.dateOfBirth();
        candidate.ethnicity = VietnameseName.normalize(profile.ethnicity());
        candidate.religion = trimToNull(profile.religion());
        candidate.hometown = trimToNull(profile.hometown());
        candidate.nationalId = profile.nationalId();
        candidate.phone = trimToNull(profile.phone());
        candidate.educationLevel = trimToNull(profile.educationLevel());
        candidate.politicalTheoryLevel = trimToNull(profile.politicalTheoryLevel());
        candidate.jobTitle = trimToNull(profile.jobTitle());
        candidate.hostAgency = trimToNull(profile.hostAgency());
        candidate.stage = CandidateStage.CANDIDATE;
        candidate.persist();
        recordStage(candidate, members.today(), "Đưa vào danh sách quần chúng ưu tú (registered as candidate)");
        auditTrail.created(AUDIT_TYPE, candidate.id, candidate.auditState());
        return candidate;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Candidate read(@NotNull UUID id) {
        Candidate candidate = find(id);
        scopeGuard.requireWithin(candidate.organizationId, MANAGERS);
        return candidate;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Candidate> inOrganization(@NotNull UUID organizationId) {
        scopeGuard.requireWithin(organizationId, MANAGERS);
        return Candidate.list("organizationId = ?1 order by createdAt, id", organizationId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CandidateStageChange> history(UUID candidateId) {
        return CandidateStageChange.list("candidateId = ?1 order by id", candidateId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> auditHistory(@NotNull UUID id) {
        find(id);
        return auditTrail.history(AUDIT_TYPE, id);
    }

    public Candidate passAwarenessClass(@NotNull UUID id, @NotNull @Valid CandidateRequests.AwarenessClass request) {
        Candidate candidate = transition(id, CandidateStage.CANDIDATE, "passedOn", request.passedOn());
        Map<String, Object> before = candidate.auditState();
        candidate.awarenessClassPassedOn = request.passedOn();
        candidate.awarenessCertificate = request.certificateNumber().trim();
        return advance(candidate, before, CandidateStage.AWARENESS_CLASS_PASSED, request.passedOn(),
                "Giấy chứng nhận " + candidate.awarenessCertificate);
    }

    private static final String NOT_OF_THE_CELL = "Đảng viên giới thiệu phải là đảng viên của chi bộ người vào Đảng"
            + " (an introducer must be a member of the candidate's organization)";

    public Candidate assignIntroducers(@NotNull UUID id, @NotNull @Valid CandidateRequests.Introducers request) {
        Candidate candidate = transition(id, CandidateStage.AWARENESS_CLASS_PASSED, "assignedOn", request.assignedOn());
        Policy policy = policies.inForceOn(request.assignedOn());
        Set<UUID> distinct = new HashSet<>();
        for (int i = 0; i < request.introducers().size(); i++) {
            CandidateRequests.Introducer introducer = request.introducers().get(i);
            String field = "introducers[" + i + "].memberId";
            if (!distinct.add(introducer.memberId())) {
                throw ProblemException.ruleViolated("admission.introducers",
                        "Hai đảng viên giới thiệu phải là hai người khác nhau (two different introducers)");
            }
            // first whether the introducer is one of the candidate's organization (in the caller's scope): about
            // anyone else, unknown or elsewhere alike, the answer says nothing (no name, no status, no existence)
            Member member = Member.<Member>findByIdOptional(introducer.memberId())
                    .filter(found -> found.organizationId.equals(candidate.organizationId))
                    .orElseThrow(() -> new ProblemException(ProblemType.RULE_VIOLATION, NOT_OF_THE_CELL, List.of(
                            new Problem.FieldError("admission.introducers", NOT_OF_THE_CELL),
                            new Problem.FieldError(field, NOT_OF_THE_CELL))));
            if (member.status != MemberStatus.OFFICIAL || member.officialDate == null
                    || member.officialDate.isAfter(request.assignedOn())) {
                throw ProblemException.ruleViolated("admission.introducers",
                        "Đảng viên giới thiệu " + member.fullName + " phải là đảng viên chính thức đang sinh hoạt"
                                + " (an introducer must be an active official member)");
            }
            if (introducer.workedTogetherSince().isAfter(request.assignedOn())
                    || AdmissionRules.monthsBetween(introducer.workedTogetherSince(), request.assignedOn())
                            < policy.introducerMinMonths()) {
                throw ProblemException.ruleViolated("admission.introducers",
                        "Đảng viên giới thiệu " + member.fullName + " phải công tác cùng người vào Đảng ít nhất "
                                + policy.introducerMinMonths() + " tháng (must have worked with the candidate for at least "
                                + policy.introducerMinMonths() + " months)");
            }
        }
        Map<String, Object> before = candidate.auditState();
        candidate.firstIntroducerId = request.introducers().get(0).memberId();
        candidate.secondIntroducerId = request.introducers().get(1).memberId();
        candidate.introducersAssignedOn = request.assignedOn();
        return advance(candidate, before, CandidateStage.INTRODUCERS_ASSIGNED, request.assignedOn(),
                "Giới thiệu: " + candidate.firstIntroducerId + ", " + candidate.secondIntroducerId);
    }

    public Candidate completeDossier(@NotNull UUID id, @NotNull @Valid CandidateRequests.Dossier request) {
        Candidate candidate = transition(id, CandidateStage.INTRODUCERS_ASSIGNED, "completedOn", request.completedOn());
        Map<String, Object> before = candidate.auditState();
        candidate.dossierCompletedOn = request.completedOn();
        return advance(candidate, before, CandidateStage.DOSSIER_COMPLETE, request.completedOn(),
                "Hồ sơ đầy đủ (dossier complete)");
    }

    /** The cell's vote: age at this consideration date within the policy's range, and the threshold of all voters. */
    public Candidate recordCellVote(@NotNull UUID id, @NotNull @Valid CandidateRequests.Vote request) {
        Candidate candidate = transition(id, CandidateStage.DOSSIER_COMPLETE, "votedOn", request.votedOn());
        Policy policy = policies.inForceOn(request.votedOn());
        AdmissionRules.checkAge(candidate.dateOfBirth, request.votedOn(), policy);
        AdmissionRules.checkVote(policy.cellVoteThreshold(), request.entitledVoters(), request.votesFor());
        Map<String, Object> before = candidate.auditState();
        candidate.cellConsideredOn = request.votedOn();
        candidate.cellEntitledVoters = request.entitledVoters();
        candidate.cellVotesFor = request.votesFor();
        return advance(candidate, before, CandidateStage.CELL_VOTED, request.votedOn(),
                request.votesFor() + "/" + request.entitledVoters() + " tán thành (in favour)");
    }

    public Candidate recordCommitteeVote(@NotNull UUID id, @NotNull @Valid CandidateRequests.Vote request) {
        Candidate candidate = transition(id, CandidateStage.CELL_VOTED, "votedOn", request.votedOn());
        if (isGrassrootsCell(candidate)) {
            throw ProblemException.ruleViolated("admission.no-committee-vote", "Chi bộ cơ sở không có cấp ủy cơ sở"
                    + " biểu quyết sau chi bộ: ghi quyết định kết nạp sau nghị quyết của chi bộ (a grassroots cell has no"
                    + " committee vote above the cell; record the decision after the cell's resolution)");
        }
        Policy policy = policies.inForceOn(request.votedOn());
        AdmissionRules.checkVote(policy.committeeVoteThreshold(), request.entitledVoters(), request.votesFor());
        Map<String, Object> before = candidate.auditState();
        candidate.committeeVotedOn = request.votedOn();
        candidate.committeeEntitledVoters = request.entitledVoters();
        candidate.committeeVotesFor = request.votesFor();
        return advance(candidate, before, CandidateStage.COMMITTEE_VOTED, request.votedOn(),
                request.votesFor() + "/" + request.entitledVoters() + " tán thành (in favour)");
    }

    /**
     * The decision: after the committee's vote (after the cell's resolution in a chi bộ cơ sở), within the policy's
     * working days of the cell's resolution, plus the extension granted.
     */
    public Candidate recordDecision(@NotNull UUID id, @NotNull @Valid CandidateRequests.Decision request) {
        CandidateStage expected = isGrassrootsCell(find(id)) ? CandidateStage.CELL_VOTED : CandidateStage.COMMITTEE_VOTED;
        Candidate candidate = transition(id, expected, "decidedOn", request.decidedOn());
        Policy policy = policies.inForceOn(candidate.cellConsideredOn);
        int workingDays = policy.decisionDeadlineWorkingDays()
                + (candidate.decisionExtensionWorkingDays == null ? 0 : candidate.decisionExtensionWorkingDays);
        AdmissionRules.checkDeadline("admission.decision-deadline", calendar.workingDays(), candidate.cellConsideredOn,
                workingDays, request.decidedOn());
        Map<String, Object> before = candidate.auditState();
        candidate.decisionNumber = request.decisionNumber().trim();
        candidate.decidedOn = request.decidedOn();
        return advance(candidate, before, CandidateStage.DECIDED, request.decidedOn(),
                "Quyết định " + candidate.decisionNumber);
    }

    /** The ceremony: registers the probationary member (every register rule applies) in this transaction. */
    public Candidate recordCeremony(@NotNull UUID id, @NotNull @Valid CandidateRequests.Ceremony request) {
        Candidate candidate = transition(id, CandidateStage.DECIDED, "ceremonyOn", request.ceremonyOn());
        Policy policy = policies.inForceOn(request.ceremonyOn());
        AdmissionRules.checkDeadline("admission.ceremony-deadline", calendar.workingDays(), candidate.decidedOn,
                policy.ceremonyDeadlineWorkingDays(), request.ceremonyOn());
        Map<String, Object> before = candidate.auditState();
        Member member = members.register(new MemberRequests.Register(candidate.organizationId,
                MemberStatus.PROBATIONARY, new MemberRequests.Profile(candidate.fullName, null, null, candidate.gender,
                        candidate.dateOfBirth, candidate.ethnicity, candidate.religion, candidate.hometown,
                        candidate.nationalId, request.partyCardNumber(), candidate.phone, candidate.educationLevel,
                        candidate.politicalTheoryLevel, candidate.jobTitle, candidate.hostAgency, candidate.decidedOn,
                        request.ceremonyOn(), null)), MemberEvents.ADMITTED);
        candidate.ceremonyOn = request.ceremonyOn();
        candidate.memberId = member.id;
        return advance(candidate, before, CandidateStage.ADMITTED, request.ceremonyOn(),
                "Lễ kết nạp; đảng viên dự bị " + member.id + " (admitted as probationary member)");
    }

    public Candidate reject(@NotNull UUID id, @NotNull @Valid CandidateRequests.Closing request) {
        return close(id, request, CandidateStage.REJECTED);
    }

    public Candidate withdraw(@NotNull UUID id, @NotNull @Valid CandidateRequests.Closing request) {
        return close(id, request, CandidateStage.WITHDRAWN);
    }

    private Candidate close(UUID id, CandidateRequests.Closing request, CandidateStage end) {
        Candidate candidate = find(id);
        scopeGuard.requireWithin(candidate.organizationId, MANAGERS);
        if (candidate.stage.isClosed()) {
            throw stageOrder(candidate, "một giai đoạn còn mở (an open stage)");
        }
        requireDate(candidate, "on", request.on());
        Map<String, Object> before = candidate.auditState();
        candidate.closedOn = request.on();
        candidate.closedReason = request.reason().trim();
        return advance(candidate, before, end, request.on(), candidate.closedReason);
    }

    /** Loads the candidate, checks scope, that it stands at {@code expected}, and the stage's date. */
    private Candidate transition(UUID id, CandidateStage expected, String dateField, LocalDate date) {
        Candidate candidate = find(id);
        scopeGuard.requireWithin(candidate.organizationId, MANAGERS);
        if (candidate.stage != expected) {
            throw stageOrder(candidate, expected.name());
        }
        requireDate(candidate, dateField, date);
        return candidate;
    }

    private void requireDate(Candidate candidate, String field, LocalDate date) {
        if (date.isAfter(members.today())) {
            throw ProblemException.invalidField(field, "không được ở tương lai (cannot be in the future)");
        }
        LocalDate previous = candidate.lastStageDate();
        if (previous != null && date.isBefore(previous)) {
            throw ProblemException.ruleViolated("admission.date-order",
                    "Ngày " + date + " trước ngày của giai đoạn trước " + previous + " (before the previous stage's date)");
        }
    }

    private static ProblemException stageOrder(Candidate candidate, String expected) {
        String detail = "Hồ sơ đang ở giai đoạn " + candidate.stage + ", bước này cần giai đoạn " + expected
                + " (the candidate is at " + candidate.stage + "; this step needs " + expected + ")";
        return new ProblemException(ProblemType.CONFLICT, detail,
                List.of(new Problem.FieldError("admission.stage-order", detail)));
    }

    private Candidate advance(Candidate candidate, Map<String, Object> before, CandidateStage stage, LocalDate on,
            String details) {
        candidate.stage = stage;
        recordStage(candidate, on, details);
        Candidate.flush();
        auditTrail.updated(AUDIT_TYPE, candidate.id, before, candidate.auditState());
        return candidate;
    }

    private void recordStage(Candidate candidate, LocalDate on, String details) {
        CandidateStageChange change = new CandidateStageChange();
        change.candidateId = candidate.id;
        change.stage = candidate.stage;
        change.occurredOn = on;
        change.details = details.length() > 1000 ? details.substring(0, 1000) : details;
        change.recordedAt = clock.now();
        change.recordedBy = callerContext.caller().name();
        change.persist();
    }

    /** A chi bộ cơ sở is itself the grassroots organization: no committee votes between the cell and the decision. */
    static boolean isGrassrootsCell(Candidate candidate) {
        return Organization.<Organization>findByIdOptional(candidate.organizationId)
                .map(organization -> organization.type == OrganizationType.GRASSROOTS_CELL).orElse(false);
    }

    public boolean revealsNationalId() {
        return callerContext.caller().isBlocAdmin();
    }

    private static Candidate find(UUID id) {
        return Candidate.<Candidate>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Hồ sơ", id));
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
