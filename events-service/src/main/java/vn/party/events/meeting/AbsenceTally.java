package vn.party.events.meeting;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The attendance half of the removal rule ("bỏ sinh hoạt 3 tháng trong năm không có lý do"): counts, per member, the
 * distinct calendar months (in the presentation zone, by the meeting's start) in which they were marked ABSENT from a
 * monthly cell meeting. EXCUSED absences are not given here (only ABSENT rows are fed in); two missed meetings in the
 * same month count as one month. Plain logic: the service selects the rows.
 */
public final class AbsenceTally {

    /** One ABSENT invitation: the member, the meeting's organization and its start. */
    public record Absence(UUID memberId, UUID organizationId, Instant startsAt) {
    }

    /**
     * A member with at least the threshold of absent months; {@code organizationId} is the organization of their
     * latest missed meeting (events-service knows members by id only).
     */
    public record MemberAbsences(UUID memberId, UUID organizationId, List<String> months, int absentMonths) {
    }

    private AbsenceTally() {
    }

    /** Members with at least {@code minMonths} absent months, most months first (then by member id as text, stable). */
    public static List<MemberAbsences> tally(List<Absence> absences, ZoneId zone, int minMonths) {
        Map<UUID, TreeSet<YearMonth>> months = new HashMap<>();
        Map<UUID, Absence> latest = new HashMap<>();
        for (Absence absence : absences) {
            YearMonth month = YearMonth.from(absence.startsAt().atZone(zone));
            months.computeIfAbsent(absence.memberId(), id -> new TreeSet<>()).add(month);
            latest.merge(absence.memberId(), absence,
                    (a, b) -> b.startsAt().isAfter(a.startsAt()) ? b : a);
        }
        List<MemberAbsences> found = new ArrayList<>();
        months.forEach((member, byMonth) -> {
            if (byMonth.size() >= minMonths) {
                found.add(new MemberAbsences(member, latest.get(member).organizationId(),
                        byMonth.stream().map(YearMonth::toString).toList(), byMonth.size()));
            }
        });
        found.sort(Comparator.comparingInt(MemberAbsences::absentMonths).reversed()
                .thenComparing(member -> member.memberId().toString()));
        return found;
    }
}
