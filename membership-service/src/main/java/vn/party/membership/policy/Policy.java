package vn.party.membership.policy;

import java.time.LocalDate;

/**
 * The Charter's numbers in one policy version, in force from {@code effectiveFrom} until the next version: admission
 * and probation, transfers (columns added by V6), party dues (V8), the decision deadline's extension and the
 * minimum official members of a cell (V19_2).
 */
public record Policy(
        LocalDate effectiveFrom,
        String reference,
        int minAdmissionAgeMonths,
        int maxAdmissionAgeMonths,
        int probationMonths,
        int introducerMinMonths,
        int decisionDeadlineWorkingDays,
        int ceremonyDeadlineWorkingDays,
        int probationReviewWorkingDays,
        Fraction cellVoteThreshold,
        Fraction committeeVoteThreshold,
        int failedProbationVotesBeforeEscalation,
        int transferRequestWorkingDays,
        int transferPresentationWorkingDays,
        int temporaryTransferMinMonths,
        int temporaryTransferMaxMonths,
        int studyTransferMaxMonths,
        DuesRates dues,
        int decisionExtensionMaxWorkingDays,
        int minCellOfficialMembers) {

    /** The admission numbers, with the Charter's transfer numbers, dues rates, extension (30) and cell minimum (3). */
    public Policy(LocalDate effectiveFrom, String reference, int minAdmissionAgeMonths, int maxAdmissionAgeMonths,
            int probationMonths, int introducerMinMonths, int decisionDeadlineWorkingDays,
            int ceremonyDeadlineWorkingDays, int probationReviewWorkingDays, Fraction cellVoteThreshold,
            Fraction committeeVoteThreshold, int failedProbationVotesBeforeEscalation) {
        this(effectiveFrom, reference, minAdmissionAgeMonths, maxAdmissionAgeMonths, probationMonths,
                introducerMinMonths, decisionDeadlineWorkingDays, ceremonyDeadlineWorkingDays,
                probationReviewWorkingDays, cellVoteThreshold, committeeVoteThreshold,
                failedProbationVotesBeforeEscalation, 60, 30, 3, 12, 24, DuesRates.CHARTER, 30, 3);
    }

    /** The same numbers with other dues rates from {@code from} (for examples and tests). */
    public Policy withDues(LocalDate from, DuesRates rates) {
        return new Policy(from, reference, minAdmissionAgeMonths, maxAdmissionAgeMonths, probationMonths,
                introducerMinMonths, decisionDeadlineWorkingDays, ceremonyDeadlineWorkingDays,
                probationReviewWorkingDays, cellVoteThreshold, committeeVoteThreshold,
                failedProbationVotesBeforeEscalation, transferRequestWorkingDays, transferPresentationWorkingDays,
                temporaryTransferMinMonths, temporaryTransferMaxMonths, studyTransferMaxMonths, rates,
                decisionExtensionMaxWorkingDays, minCellOfficialMembers);
    }
}
