package vn.party.gateway.warnings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.party.contracts.warnings.DuesWarning;
import vn.party.contracts.warnings.MemberAbsences;
import vn.party.contracts.warnings.WarningReason;

/**
 * The removal-warning rule of the statute ("3 tháng trong năm không sinh hoạt hoặc không đóng đảng phí mà không có lý
 * do chính đáng"), as the gateway composes it from its two owners. Each half's own rule stays with its owner:
 * membership lists members on the roll whose unpaid months reach the policy's threshold (DUES), events lists members
 * absent without reason from the monthly cell meeting; both halves arrive as the contract's records
 * ({@code vn.party.contracts.warnings}). This class only unions them: a member is listed when their
 * unpaid months OR their absent months, counting only the months up to the last one considered, reach the threshold.
 * Plain logic, no I/O.
 */
public final class RemovalWarnings {

    public static final String DUES = WarningReason.DUES.name();
    public static final String ATTENDANCE = WarningReason.ATTENDANCE.name();
    /** The statute's number of months, used when membership (which holds the policy) cannot be asked. */
    public static final int DEFAULT_THRESHOLD = 3;

    private RemovalWarnings() {
    }

    /**
     * One member on the composed list. {@code fullName} and the dues fields are null for a member listed by
     * attendance only (events does not hold the register); {@code absentMonths} is null when attendance is unknown.
     */
    public record Item(UUID memberId, String fullName, UUID organizationId, List<String> reasons,
            List<YearMonth> unpaidMonths, List<YearMonth> monthsWithoutBasis, Long outstanding,
            List<YearMonth> absentMonths) {
    }

    /** The last month the rule counts: December of a past year, else the month before {@code asOf}. */
    public static YearMonth lastMonthConsidered(int year, LocalDate asOf) {
        return year < asOf.getYear() ? YearMonth.of(year, 12) : YearMonth.from(asOf).minusMonths(1);
    }

    /**
     * @param dues membership's dues half in its order (null when unknown); its entries already reach the threshold
     * @param absences events' absences in its order (null when unknown)
     */
    public static List<Item> compose(List<DuesWarning> dues, List<MemberAbsences> absences, int threshold,
            YearMonth lastMonthConsidered) {
        Map<UUID, List<YearMonth>> absent = new LinkedHashMap<>();
        if (absences != null) {
            for (MemberAbsences entry : absences) {
                absent.put(entry.memberId(), entry.months().stream()
                        .filter(month -> !month.isAfter(lastMonthConsidered)).distinct().sorted().toList());
            }
        }
        List<Item> found = new ArrayList<>();
        java.util.Set<UUID> listed = new java.util.HashSet<>();
        if (dues != null) {
            for (DuesWarning entry : dues) {
                List<YearMonth> months = absences == null ? null : absent.getOrDefault(entry.memberId(), List.of());
                List<String> reasons = new ArrayList<>();
                if (entry.unpaidMonths().size() >= threshold) {
                    reasons.add(DUES);
                }
                if (months != null && months.size() >= threshold) {
                    reasons.add(ATTENDANCE);
                }
                if (!reasons.isEmpty() && listed.add(entry.memberId())) {
                    found.add(new Item(entry.memberId(), entry.fullName(), entry.organizationId(), reasons,
                            entry.unpaidMonths(), entry.monthsWithoutBasis(), entry.outstanding(), months));
                }
            }
        }
        if (absences != null) {
            for (MemberAbsences entry : absences) {
                List<YearMonth> months = absent.get(entry.memberId());
                if (months.size() >= threshold && listed.add(entry.memberId())) {
                    found.add(new Item(entry.memberId(), null, entry.organizationId(), List.of(ATTENDANCE),
                            dues == null ? null : List.of(), dues == null ? null : List.of(), null, months));
                }
            }
        }
        return found;
    }
}
