package vn.party.membership.policy;

import java.time.LocalDate;

/** The Charter's numbers in one policy version, in force from {@code effectiveFrom} until the next version. */
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
        int failedProbationVotesBeforeEscalation) {
}
