package vn.party.membership.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.CallerContext;

/** The effective-dated policy versions stored as data: a decision is checked against the version in force on its date. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PolicyCatalog {

    static final String AUDIT_TYPE = "policy";

    @Inject
    AuditTrail auditTrail;

    @Inject
    CallerContext callerContext;

    /** Every version, oldest first, as one value (load once for a batch of checks). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicyTimeline timeline() {
        List<PolicyVersion> rows = PolicyVersion.list("order by effectiveFrom");
        return new PolicyTimeline(rows.stream().map(PolicyVersion::toPolicy).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Policy inForceOn(@NotNull LocalDate date) {
        return timeline().inForceOn(date);
    }

    /** Adds a version; its effective date must come after the latest version's (history is not rewritten). */
    public Policy add(@NotNull @Valid PolicyRequests.NewVersion request) {
        List<Policy> versions = timeline().versions();
        LocalDate latest = versions.isEmpty() ? null : versions.get(versions.size() - 1).effectiveFrom();
        if (latest != null && !request.effectiveFrom().isAfter(latest)) {
            throw ProblemException.ruleViolated("policy.effective-from",
                    "Ngày hiệu lực phải sau ngày hiệu lực của phiên bản mới nhất " + latest
                            + " (the effective date must come after the latest version's)");
        }
        if (request.maxAdmissionAgeMonths() <= request.minAdmissionAgeMonths()) {
            throw ProblemException.invalidField("maxAdmissionAgeMonths",
                    "phải lớn hơn tuổi tối thiểu (must exceed the minimum age)");
        }
        requireFraction("cellVoteNumerator", request.cellVoteNumerator(), request.cellVoteDenominator());
        requireFraction("committeeVoteNumerator", request.committeeVoteNumerator(), request.committeeVoteDenominator());
        PolicyVersion row = new PolicyVersion();
        row.effectiveFrom = request.effectiveFrom();
        row.reference = request.reference().trim();
        row.minAdmissionAgeMonths = request.minAdmissionAgeMonths();
        row.maxAdmissionAgeMonths = request.maxAdmissionAgeMonths();
        row.probationMonths = request.probationMonths();
        row.introducerMinMonths = request.introducerMinMonths();
        row.decisionDeadlineWorkingDays = request.decisionDeadlineWorkingDays();
        row.ceremonyDeadlineWorkingDays = request.ceremonyDeadlineWorkingDays();
        row.probationReviewWorkingDays = request.probationReviewWorkingDays();
        row.cellVoteNumerator = request.cellVoteNumerator();
        row.cellVoteDenominator = request.cellVoteDenominator();
        row.committeeVoteNumerator = request.committeeVoteNumerator();
        row.committeeVoteDenominator = request.committeeVoteDenominator();
        row.failedProbationVotesBeforeEscalation = request.failedProbationVotesBeforeEscalation();
        row.createdAt = Instant.now();
        row.createdBy = callerContext.caller().name();
        row.persist();
        PolicyVersion.flush();
        Policy policy = row.toPolicy();
        auditTrail.created(AUDIT_TYPE, row.id, state(policy));
        return policy;
    }

    private static void requireFraction(String field, int numerator, int denominator) {
        if (denominator < numerator) {
            throw ProblemException.invalidField(field, "ngưỡng phải ≤ 1 (a threshold is at most 1)");
        }
    }

    private static Map<String, Object> state(Policy policy) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("effectiveFrom", policy.effectiveFrom());
        state.put("reference", policy.reference());
        state.put("minAdmissionAgeMonths", policy.minAdmissionAgeMonths());
        state.put("maxAdmissionAgeMonths", policy.maxAdmissionAgeMonths());
        state.put("probationMonths", policy.probationMonths());
        state.put("introducerMinMonths", policy.introducerMinMonths());
        state.put("decisionDeadlineWorkingDays", policy.decisionDeadlineWorkingDays());
        state.put("ceremonyDeadlineWorkingDays", policy.ceremonyDeadlineWorkingDays());
        state.put("probationReviewWorkingDays", policy.probationReviewWorkingDays());
        state.put("cellVoteThreshold", policy.cellVoteThreshold().toString());
        state.put("committeeVoteThreshold", policy.committeeVoteThreshold().toString());
        state.put("failedProbationVotesBeforeEscalation", policy.failedProbationVotesBeforeEscalation());
        return state;
    }
}
