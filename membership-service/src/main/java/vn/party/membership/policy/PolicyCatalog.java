package vn.party.membership.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.CallerContext;
import vn.party.common.time.PartyClock;

/** The effective-dated policy versions stored as data: a decision is checked against the version in force on its date. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PolicyCatalog {

    static final String AUDIT_TYPE = "policy";

    @Inject
    AuditTrail auditTrail;

    @Inject
    PartyClock clock;

    @Inject
    CallerContext callerContext;

    /** Every version, oldest first, as one value (load once for a batch of checks). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicyTimeline timeline() {
        List<PolicyVersion> rows = PolicyVersion.list("order by effectiveFrom");
        Map<Long, List<DuesRates.Band>> bands = new HashMap<>();
        for (PolicyDuesBand band : PolicyDuesBand.<PolicyDuesBand>list("order by policyVersionId, code")) {
            bands.computeIfAbsent(band.policyVersionId, id -> new ArrayList<>()).add(band.toBand());
        }
        return new PolicyTimeline(rows.stream().map(row -> row.toPolicy(bands.getOrDefault(row.id, List.of()))).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Policy inForceOn(@NotNull LocalDate date) {
        return timeline().inForceOn(date);
    }

    /** Adds a version; its effective date must come after the latest version's (history is not rewritten). */
    public Policy add(@NotNull @Valid PolicyRequests.NewVersion request) {
        List<Policy> versions = timeline().versions();
        Policy previous = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        LocalDate latest = previous == null ? null : previous.effectiveFrom();
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
        applyTransfers(row, request, previous);
        List<DuesRates.Band> bands = applyDues(row, request.dues(), previous);
        row.decisionExtensionMaxWorkingDays = orElse(request.decisionExtensionMaxWorkingDays(),
                previous == null ? 30 : previous.decisionExtensionMaxWorkingDays());
        row.minCellOfficialMembers = orElse(request.minCellOfficialMembers(),
                previous == null ? 3 : previous.minCellOfficialMembers());
        row.createdAt = clock.now();
        row.createdBy = callerContext.caller().name();
        row.persist();
        for (DuesRates.Band band : bands) {
            PolicyDuesBand bandRow = new PolicyDuesBand();
            bandRow.policyVersionId = row.id;
            bandRow.code = band.code();
            bandRow.name = band.name();
            bandRow.monthlyAmount = band.monthlyAmount();
            bandRow.persist();
        }
        PolicyVersion.flush();
        Policy policy = row.toPolicy(bands);
        auditTrail.created(AUDIT_TYPE, row.id, state(policy));
        return policy;
    }

    /** The transfer numbers given, the others from the latest version (the Charter's when there is none). */
    private static void applyTransfers(PolicyVersion row, PolicyRequests.NewVersion request, Policy previous) {
        row.transferRequestWorkingDays = orElse(request.transferRequestWorkingDays(),
                previous == null ? 60 : previous.transferRequestWorkingDays());
        row.transferPresentationWorkingDays = orElse(request.transferPresentationWorkingDays(),
                previous == null ? 30 : previous.transferPresentationWorkingDays());
        row.temporaryTransferMinMonths = orElse(request.temporaryTransferMinMonths(),
                previous == null ? 3 : previous.temporaryTransferMinMonths());
        row.temporaryTransferMaxMonths = orElse(request.temporaryTransferMaxMonths(),
                previous == null ? 12 : previous.temporaryTransferMaxMonths());
        row.studyTransferMaxMonths = orElse(request.studyTransferMaxMonths(),
                previous == null ? 24 : previous.studyTransferMaxMonths());
        if (row.temporaryTransferMaxMonths <= row.temporaryTransferMinMonths) {
            throw ProblemException.invalidField("temporaryTransferMaxMonths",
                    "phải lớn hơn thời hạn tối thiểu " + row.temporaryTransferMinMonths
                            + " tháng (must exceed the minimum months)");
        }
        if (row.studyTransferMaxMonths < row.temporaryTransferMaxMonths) {
            throw ProblemException.invalidField("studyTransferMaxMonths",
                    "không được nhỏ hơn thời hạn tạm thời tối đa " + row.temporaryTransferMaxMonths
                            + " tháng (cannot be below the temporary maximum)");
        }
    }

    /**
     * The dues numbers given (all of them), or the latest version's. A band of the latest version may get a new
     * amount but not disappear (members' bases refer to it); every band lies between the minimum and the maximum.
     */
    private static List<DuesRates.Band> applyDues(PolicyVersion row, PolicyRequests.Dues dues, Policy previous) {
        DuesRates rates;
        if (dues == null) {
            rates = previous == null ? DuesRates.CHARTER : previous.dues();
        } else {
            rates = new DuesRates(dues.salaryPercent(), dues.pensionPercent(), dues.otherMinimum(),
                    dues.otherMaximum(), dues.roundingUnit(), dues.unpaidMonthsWarning(),
                    dues.bands().stream().map(band -> new DuesRates.Band(band.code(), band.name().trim(),
                            band.monthlyAmount())).toList());
            if (!List.of(1L, 10L, 100L, 1000L).contains(rates.roundingUnit())) {
                throw ProblemException.invalidField("dues.roundingUnit", "một trong 1, 10, 100, 1000 đồng"
                        + " (one of 1, 10, 100, 1000)");
            }
            if (rates.otherMaximum() < rates.otherMinimum()) {
                throw ProblemException.invalidField("dues.otherMaximum",
                        "không được nhỏ hơn mức tối thiểu (cannot be below the minimum)");
            }
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < rates.bands().size(); i++) {
                DuesRates.Band band = rates.bands().get(i);
                if (!codes.add(band.code())) {
                    throw ProblemException.invalidField("dues.bands[" + i + "].code",
                            "mã bị trùng (duplicate code " + band.code() + ")");
                }
                if (band.monthlyAmount() < rates.otherMinimum() || band.monthlyAmount() > rates.otherMaximum()) {
                    throw ProblemException.ruleViolated("policy.dues-band-range", "Mức đảng phí " + band.code() + " "
                            + band.monthlyAmount() + " đồng phải nằm trong khoảng " + rates.otherMinimum() + "–"
                            + rates.otherMaximum() + " đồng (a band's amount lies between the minimum and the maximum)");
                }
            }
            if (previous != null) {
                for (DuesRates.Band kept : previous.dues().bands()) {
                    if (!codes.contains(kept.code())) {
                        throw ProblemException.ruleViolated("policy.dues-band-removed", "Không được bỏ mức đảng phí "
                                + kept.code() + " của phiên bản trước (a band of the latest version cannot be dropped;"
                                + " give it a new amount instead)");
                    }
                }
            }
        }
        row.duesSalaryPercent = rates.salaryPercent();
        row.duesPensionPercent = rates.pensionPercent();
        row.duesOtherMinimum = rates.otherMinimum();
        row.duesOtherMaximum = rates.otherMaximum();
        row.duesRoundingUnit = rates.roundingUnit();
        row.duesUnpaidMonthsWarning = rates.unpaidMonthsWarning();
        return rates.bands();
    }

    private static int orElse(Integer given, int fallback) {
        return given != null ? given : fallback;
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
        state.put("transferRequestWorkingDays", policy.transferRequestWorkingDays());
        state.put("transferPresentationWorkingDays", policy.transferPresentationWorkingDays());
        state.put("temporaryTransferMinMonths", policy.temporaryTransferMinMonths());
        state.put("temporaryTransferMaxMonths", policy.temporaryTransferMaxMonths());
        state.put("studyTransferMaxMonths", policy.studyTransferMaxMonths());
        state.put("dues", policy.dues());
        state.put("decisionExtensionMaxWorkingDays", policy.decisionExtensionMaxWorkingDays());
        state.put("minCellOfficialMembers", policy.minCellOfficialMembers());
        return state;
    }
}
