package vn.party.contracts.warnings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Membership's dues half of the removal-warning list of a subtree: members with at least {@code threshold} (the dues
 * policy's number of months) unpaid months of {@code year} up to {@code lastMonthConsidered} (the last month ended
 * before {@code asOf}; null when none has). {@code half} is always DUES; {@code attendance} and {@code note} are
 * informational texts.
 */
public record DuesWarnings(UUID organizationId, int year, LocalDate asOf, YearMonth lastMonthConsidered, int threshold,
        String half, String attendance, String note, MemberPage<DuesWarning> members) {
}
