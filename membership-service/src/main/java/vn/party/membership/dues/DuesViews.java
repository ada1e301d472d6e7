package vn.party.membership.dues;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import vn.party.common.paging.Page;

/** Response bodies of the dues endpoints (never entities). */
public final class DuesViews {

    private DuesViews() {
    }

    public record BasisView(UUID id, UUID memberId, YearMonth effectiveMonth, DuesCategory category,
            String categoryName, Long monthlyIncome, Long monthlyPension, String bandCode, long voluntaryExtra,
            String note, long version) {

        static BasisView of(DuesBasis basis) {
            return new BasisView(basis.id, basis.memberId, basis.month(), basis.category,
                    basis.category.vietnameseName(), basis.monthlyIncome, basis.monthlyPension, basis.bandCode,
                    basis.voluntaryExtra, basis.note, basis.version);
        }
    }

    public record PaymentView(UUID id, UUID memberId, YearMonth month, long amount, LocalDate paidOn,
            String collectedBy, String note, Instant recordedAt, String recordedBy) {

        static PaymentView of(DuesPayment payment) {
            return new PaymentView(payment.id, payment.memberId, payment.yearMonth(), payment.amount, payment.paidOn,
                    payment.collectedBy, payment.note, payment.recordedAt, payment.recordedBy);
        }
    }

    /** One month of a statement with its payments. */
    public record MonthView(YearMonth month, boolean owed, DuesLedger.State state, UUID basisId,
            DuesCategory category, Long required, Long voluntaryExtra, Long due, long paid, Long outstanding,
            LocalDate policyEffectiveFrom, List<PaymentView> payments) {
    }

    /**
     * A member's dues over a period: {@code totalDue} over the months whose due is known, {@code balance} = paid − due
     * (negative: still owed), {@code monthsWithoutBasis} owed months no basis covers yet.
     */
    public record Statement(UUID memberId, String fullName, UUID organizationId, YearMonth admissionMonth,
            YearMonth from, YearMonth to, long totalDue, long totalPaid, long balance, List<YearMonth> unpaidMonths,
            List<YearMonth> monthsWithoutBasis, List<MonthView> months) {
    }

    /** A member with unpaid months in the period and the known amount outstanding. */
    public record MemberArrears(UUID memberId, String fullName, UUID organizationId, List<YearMonth> unpaidMonths,
            List<YearMonth> monthsWithoutBasis, long outstanding) {
    }

    /** Arrears of an organization's subtree: totals over every member found, one page of them. */
    public record Arrears(UUID organizationId, YearMonth from, YearMonth to, int minMonths, long membersInArrears,
            long totalOutstanding, Page<MemberArrears> members) {
    }

    /**
     * A member on the warning list and why: {@code reasons} DUES ({@code unpaidMonths} reach the threshold) and/or
     * ATTENDANCE ({@code absentMonths}, months absent without reason from the monthly cell meeting, reach it).
     * {@code absentMonths} is null when attendance could not be read.
     */
    public record Warning(UUID memberId, String fullName, UUID organizationId, List<String> reasons,
            List<YearMonth> unpaidMonths, List<YearMonth> monthsWithoutBasis, long outstanding,
            List<YearMonth> absentMonths) {
    }

    /**
     * The removal-warning list: members on the roll with at least {@code threshold} unpaid months, or as many months
     * absent without reason from the monthly cell meeting, among the ended months of the year. A list for the cell to
     * consider (good reasons exist), never a removal. {@code attendanceIncluded} false (with
     * {@code attendanceUnavailable} saying why) when events-service could not be read: the list is then the dues half
     * only.
     */
    public record Warnings(UUID organizationId, int year, LocalDate asOf, YearMonth lastMonthConsidered,
            int threshold, boolean attendanceIncluded, String attendanceUnavailable, String note,
            Page<Warning> members) {
    }
}
