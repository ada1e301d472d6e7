package vn.party.membership.transfer;

import java.time.LocalDate;

/**
 * The transfer numbers of the policy version in force on a date (columns of {@code policy_version}, added by V6):
 * request within {@code requestWorkingDays} of the triggering decision, presentation of the letter within
 * {@code presentationWorkingDays}, temporary transfers from {@code temporaryMinMonths} to under
 * {@code temporaryMaxMonths}, for study up to {@code studyMaxMonths} inclusive.
 */
public record TransferPolicy(
        LocalDate effectiveFrom,
        int requestWorkingDays,
        int presentationWorkingDays,
        int temporaryMinMonths,
        int temporaryMaxMonths,
        int studyMaxMonths) {
}
