package vn.party.membership.admission;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.CallerContext;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.membership.calendar.WorkingCalendar;
import vn.party.membership.calendar.WorkingDays;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.domain.MemberStatus;
import vn.party.membership.organization.rest.OrganizationTreeViews;
import vn.party.membership.organization.service.OrganizationTree;
import vn.party.membership.policy.Policy;
import vn.party.membership.policy.PolicyCatalog;
import vn.party.membership.policy.PolicyTimeline;

/**
 * Probation → official (công nhận đảng viên chính thức): the review list, recognition (official from the exact end
 * of probation, even when recognised later), failed votes escalating after the policy's number, and removal from
 * the probationary list. The probation length is the policy's in force on the admission (ceremony) date.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ProbationService {

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    PartyClock clock;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CallerContext callerContext;

    @Inject
    PolicyCatalog policies;

    @Inject
    WorkingCalendar calendar;

    @Inject
    MemberService members;

    @Inject
    OrganizationTree tree;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProbationRequests.Review> reviews(@NotNull UUID organizationId, LocalDate on) {
        LocalDate day = on != null ? on : members.today();
        List<UUID> organizations = tree.subtree(organizationId, null).nodes().stream()
                .map(OrganizationTreeViews.Node::id).toList();
        List<Member> probationary = Member.list("organizationId in ?1 and status = ?2", organizations,
                MemberStatus.PROBATIONARY);
        PolicyTimeline timeline = policies.timeline();
        WorkingDays workingDays = calendar.workingDays();
        return probationary.stream().map(member -> {
            Policy policy = timeline.inForceOn(member.admissionDate);
            LocalDate due = member.admissionDate.plusMonths(policy.probationMonths());
            LocalDate deadline = workingDays.add(due, policy.probationReviewWorkingDays());
            ProbationRequests.ReviewState state = day.isBefore(due) ? ProbationRequests.ReviewState.NOT_DUE
                    : day.isAfter(deadline) ? ProbationRequests.ReviewState.OVERDUE : ProbationRequests.ReviewState.DUE;
            long failed = failedVotes(member.id);
            return new ProbationRequests.Review(member.id, member.fullName, member.organizationId, member.admissionDate,
                    due, deadline, state, failed, failed >= policy.failedProbationVotesBeforeEscalation());
        }).sorted(Comparator.comparing(ProbationRequests.Review::dueDate).thenComparing(ProbationRequests.Review::fullName))
                .toList();
    }

    /** A passing vote: OFFICIAL from the exact end of probation. */
    public ProbationRequests.Outcome recognize(@NotNull UUID memberId, @NotNull @Valid ProbationRequests.Vote request) {
        Member member = probationary(memberId, "votedOn", request.votedOn());
        Policy admittedUnder = policies.inForceOn(member.admissionDate);
        LocalDate end = member.admissionDate.plusMonths(admittedUnder.probationMonths());
        if (request.votedOn().isBefore(end)) {
            throw ProblemException.ruleViolated("probation.not-ended",
                    "Chưa hết " + admittedUnder.probationMonths() + " tháng dự bị: kết thúc ngày " + end
                            + " (probation ends on " + end + ")");
        }
        Policy policy = policies.inForceOn(request.votedOn());
        AdmissionRules.checkVote(policy.cellVoteThreshold(), request.entitledVoters(), request.votesFor());
        record(member, request, true);
        Member official = members.recognizeOfficial(member.id, end,
                "Công nhận đảng viên chính thức: " + request.votesFor() + "/" + request.entitledVoters()
                        + " tán thành ngày " + request.votedOn() + " (recognised as official)",
                request.decisionRef());
        return new ProbationRequests.Outcome(official.id, official.status, official.officialDate, failedVotes(member.id),
                false);
    }

    /** A vote that did not reach the threshold; after the policy's number of them the case goes to the level above. */
    public ProbationRequests.Outcome recordFailedVote(@NotNull UUID memberId,
            @NotNull @Valid ProbationRequests.Vote request) {
        Member member = probationary(memberId, "votedOn", request.votedOn());
        if (request.votesFor() > request.entitledVoters()) {
            throw ProblemException.invalidField("votesFor",
                    "không vượt quá số đảng viên có quyền biểu quyết (at most the entitled voters)");
        }
        Policy policy = policies.inForceOn(request.votedOn());
        if (policy.cellVoteThreshold().reachedBy(request.votesFor(), request.entitledVoters())) {
            throw ProblemException.ruleViolated("probation.vote-passed",
                    "Biểu quyết đã đạt " + policy.cellVoteThreshold() + ": ghi nhận công nhận chính thức"
                            + " (the vote reached the threshold: record the recognition instead)");
        }
        record(member, request, false);
        long failed = failedVotes(member.id);
        return new ProbationRequests.Outcome(member.id, member.status, null, failed,
                failed >= policy.failedProbationVotesBeforeEscalation());
    }

    /** Removal from the probationary list (xóa tên trong danh sách đảng viên dự bị), with history. */
    public ProbationRequests.Outcome remove(@NotNull UUID memberId, @NotNull @Valid ProbationRequests.Removal request) {
        Member member = probationary(memberId, "decidedOn", request.decidedOn());
        Member removed = members.endProbation(member.id, request.decidedOn(),
                "Xóa tên trong danh sách đảng viên dự bị: " + request.reason().trim(), request.decisionRef());
        return new ProbationRequests.Outcome(removed.id, removed.status, null, failedVotes(member.id), false);
    }

    private Member probationary(UUID memberId, String field, LocalDate on) {
        Member member = Member.<Member>findByIdOptional(memberId)
                .orElseThrow(() -> ProblemException.notFound("Đảng viên", memberId));
        scopeGuard.requireWrite(member.organizationId);
        if (member.status != MemberStatus.PROBATIONARY) {
            throw ProblemException.ruleViolated("probation.status",
                    "Đảng viên không ở tình trạng dự bị (the member is " + member.status + ", not PROBATIONARY)");
        }
        if (on.isAfter(members.today())) {
            throw ProblemException.invalidField(field,
                    "không được ở tương lai (cannot be in the future)");
        }
        if (on.isBefore(member.admissionDate)) {
            throw ProblemException.ruleViolated("probation.date-order",
                    "Ngày " + on + " trước ngày kết nạp " + member.admissionDate + " (before the admission)");
        }
        return member;
    }

    private void record(Member member, ProbationRequests.Vote request, boolean passed) {
        ProbationVote vote = new ProbationVote();
        vote.memberId = member.id;
        vote.votedOn = request.votedOn();
        vote.entitledVoters = request.entitledVoters();
        vote.votesFor = request.votesFor();
        vote.passed = passed;
        vote.decisionRef = request.decisionRef() == null || request.decisionRef().isBlank() ? null
                : request.decisionRef().trim();
        vote.recordedAt = clock.now();
        vote.recordedBy = callerContext.caller().name();
        vote.persist();
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        changes.put("probationVote", new AuditTrail.Change(null, request.votesFor() + "/" + request.entitledVoters()
                + " on " + request.votedOn() + (passed ? " passed" : " failed")));
        auditTrail.recorded("PROBATION_VOTE", "member", member.id, changes);
    }

    private static long failedVotes(UUID memberId) {
        return ProbationVote.count("memberId = ?1 and passed = false", memberId);
    }
}
