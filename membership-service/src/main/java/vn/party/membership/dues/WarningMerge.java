package vn.party.membership.dues;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The removal-warning rule ("3 tháng trong năm không sinh hoạt hoặc không đóng đảng phí mà không có lý do chính
 * đáng"): a member on the roll is listed when their unpaid months OR their months absent without reason from the
 * monthly cell meeting reach the threshold, counting only months up to the last one considered. Plain logic.
 */
public final class WarningMerge {

    public static final String DUES = "DUES";
    public static final String ATTENDANCE = "ATTENDANCE";

    private WarningMerge() {
    }

    /**
     * @param roll the members on the roll in list order, each with their unpaid months of the period
     * @param absences absent months per member; {@code null} when attendance is unknown (events-service did not answer)
     */
    public static List<DuesViews.Warning> merge(List<DuesViews.MemberArrears> roll,
            Map<UUID, List<YearMonth>> absences, int threshold, YearMonth lastMonthConsidered) {
        List<DuesViews.Warning> found = new ArrayList<>();
        for (DuesViews.MemberArrears member : roll) {
            List<YearMonth> absent = null;
            if (absences != null) {
                absent = absences.getOrDefault(member.memberId(), List.of()).stream()
                        .filter(month -> !month.isAfter(lastMonthConsidered)).distinct().sorted().toList();
            }
            List<String> reasons = new ArrayList<>();
            if (member.unpaidMonths().size() >= threshold) {
                reasons.add(DUES);
            }
            if (absent != null && absent.size() >= threshold) {
                reasons.add(ATTENDANCE);
            }
            if (!reasons.isEmpty()) {
                found.add(new DuesViews.Warning(member.memberId(), member.fullName(), member.organizationId(), reasons,
                        member.unpaidMonths(), member.monthsWithoutBasis(), member.outstanding(), absent));
            }
        }
        return found;
    }
}
