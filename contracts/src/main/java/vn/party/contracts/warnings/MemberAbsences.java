package vn.party.contracts.warnings;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A member of events' absences: the distinct months of the year ({@code months}, ascending) in which they were absent
 * without reason from the monthly cell meeting of {@code organizationId}; {@code absentMonths} is their number.
 */
public record MemberAbsences(UUID memberId, UUID organizationId, List<YearMonth> months, int absentMonths) {
}
