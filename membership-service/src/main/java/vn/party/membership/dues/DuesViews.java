package vn.party.membership.dues;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import vn.party.common.paging.Page;
import vn.party.contracts.warnings.WarningReason;

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
     * A member on the dues half of the warning list: {@code unpaidMonths} reach the threshold ({@code reasons} is
     * always DUES here; the gateway adds ATTENDANCE when it composes the full list).
     */
    public record Warning(UUID memberId, String fullName, UUID organizationId, List<String> reasons,
            List<YearMonth> unpaidMonths, List<YearMonth> monthsWithoutBasis, long outstanding) {

        public static final String DUES = WarningReason.DUES.name();

        static Warning dues(MemberArrears member) {
            return new Warning(member.memberId(), member.fullName(), member.organizationId(), List.of(DUES),
                    member.unpaidMonths(), member.monthsWithoutBasis(), member.outstanding());
        }
    }

    /**
     * The dues half of the removal-warning list: members on the roll with at least {@code threshold} unpaid months
     * among the ended months of the year. A list for the cell to consider (good reasons exist), never a removal.
     * {@code half} is always DUES: months absent without reason from the monthly cell meeting are events-service's,
     * and the gateway composes the full list ({@code attendance} says where).
     */
    public record Warnings(UUID organizationId, int year, LocalDate asOf, YearMonth lastMonthConsidered,
            int threshold, String half, String attendance, String note, Page<Warning> members) {

        public static final String DUES_HALF = "DUES";
        public static final String ATTENDANCE_NOTE = "Vắng sinh hoạt chi bộ không có lý do: danh sách đầy đủ do gateway"
                + " ghép tại GET /api/reports/dues-warnings (absences are composed by the gateway, GET /api/reports/dues-warnings)";
        public static final String NOTE = "Danh sách để chi bộ xem xét (có thể có lý do chính đáng), không tự động xóa"
                + " tên (a list to consider, never an automatic removal)";
    }
}
