package vn.party.gateway.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import vn.party.contracts.effects.DisciplineForm;
import vn.party.contracts.figures.CommendationFigures;
import vn.party.contracts.figures.CommendationForm;
import vn.party.contracts.figures.EventsFigures;
import vn.party.contracts.figures.EventsFigures.LevelCounts;
import vn.party.contracts.figures.InspectionFigures;
import vn.party.contracts.figures.InspectionFigures.KindVisits;
import vn.party.contracts.figures.InspectionKind;
import vn.party.contracts.figures.MeetingKind;
import vn.party.contracts.figures.MembershipFigures;
import vn.party.contracts.figures.OrganizationType;
import vn.party.contracts.figures.RatingLevel;
import vn.party.contracts.member.MemberStatus;
import vn.party.gateway.report.ReportRow.Unit;

/**
 * Turns the sources' statistics (the contract's typed figures, one record per source and year) into the report's
 * rows, with Vietnamese headings ({@link ReportLabels}). Counts are taken as the sources give them; percentages are
 * recomputed from counts. A part a source did not give (a missing object or breakdown) stays null, never a silent
 * zero; within a breakdown a source did give, a missing key is a zero (the services leave out empty groups). A count
 * (a primitive of the record) missing or null breaks the contract: {@link SourceFigures} reads answers with
 * {@code ContractExamples.consumerMapper()}, so that source is UNAVAILABLE ("contract"), never a made-up 0; the
 * producers' contract tests check their answers with the same mapper ({@code FigureShapes}).
 */
final class ReportFigures {

    static final String MEMBERSHIP = "membership";
    static final String INSPECTION = "inspection";
    static final String EVENTS = "events";
    static final String COMMENDATIONS = "commendations";

    /** membership's status of a member on probation, as the contract names it. */
    private static final String PROBATIONARY = MemberStatus.PROBATIONARY.name();

    /** A section: its key and title in report order, the source it is read from and how its rows are made. */
    record SectionSpec<T>(String key, String title, String source, Class<T> type, BiFunction<T, T, List<ReportRow>> of) {

        /** The rows from the year's and the previous year's figures (the previous may be null). */
        List<ReportRow> rows(Object year, Object previous) {
            return of.apply(type.cast(year), previous == null ? null : type.cast(previous));
        }
    }

    static final List<SectionSpec<?>> SECTIONS = List.of(
            new SectionSpec<>("organizations", "Tổ chức đảng", MEMBERSHIP, MembershipFigures.class,
                    ReportFigures::organizations),
            new SectionSpec<>("members", "Đảng viên", MEMBERSHIP, MembershipFigures.class, ReportFigures::members),
            new SectionSpec<>("inspection", "Kiểm tra, giám sát", INSPECTION, InspectionFigures.class,
                    ReportFigures::inspection),
            new SectionSpec<>("discipline", "Thi hành kỷ luật, khiếu nại, tố cáo", INSPECTION, InspectionFigures.class,
                    ReportFigures::discipline),
            new SectionSpec<>("ratings", "Đánh giá, xếp loại chất lượng", EVENTS, EventsFigures.class,
                    ReportFigures::ratings),
            new SectionSpec<>("meetings", "Hội nghị, sinh hoạt và nhiệm vụ", EVENTS, EventsFigures.class,
                    ReportFigures::meetings),
            new SectionSpec<>("campaigns", "Vận động, ủng hộ", EVENTS, EventsFigures.class, ReportFigures::campaigns),
            new SectionSpec<>("commendations", "Khen thưởng", COMMENDATIONS, CommendationFigures.class,
                    ReportFigures::commendations));

    private ReportFigures() {
    }

    // ---- membership ----

    private static List<ReportRow> organizations(MembershipFigures year, MembershipFigures previous) {
        Rows<MembershipFigures> rows = new Rows<>(year, previous);
        rows.add("organizations.total", "Tổng số tổ chức đảng (không kể tổ đảng)",
                m -> sumExcept(m.organizationsByType(), OrganizationType.PARTY_GROUP.name()));
        rows.add("organizations.grassroots", "Số tổ chức cơ sở đảng", m -> sumOf(m.organizationsByType(),
                OrganizationType.GRASSROOTS_COMMITTEE.name(), OrganizationType.GRASSROOTS_CELL.name()));
        rows.add("organizations.grassrootsCommittees", "– Đảng bộ cơ sở",
                m -> sumOf(m.organizationsByType(), OrganizationType.GRASSROOTS_COMMITTEE.name()));
        rows.add("organizations.grassrootsCells", "– Chi bộ cơ sở",
                m -> sumOf(m.organizationsByType(), OrganizationType.GRASSROOTS_CELL.name()));
        rows.add("organizations.subordinateCells", "Số chi bộ trực thuộc đảng ủy cơ sở",
                m -> sumOf(m.organizationsByType(), OrganizationType.SUBORDINATE_CELL.name()));
        return rows.list;
    }

    private static List<ReportRow> members(MembershipFigures year, MembershipFigures previous) {
        Rows<MembershipFigures> rows = new Rows<>(year, previous);
        rows.add("members.total", "Tổng số đảng viên", m -> BigDecimal.valueOf(m.activeMembers()));
        rows.add("members.official", "– Đảng viên chính thức", m -> {
            BigDecimal probationary = sumOf(m.byStatus(), PROBATIONARY);
            return probationary == null ? null : BigDecimal.valueOf(m.activeMembers()).subtract(probationary);
        });
        rows.add("members.probationary", "– Đảng viên dự bị", m -> sumOf(m.byStatus(), PROBATIONARY));
        rows.add("members.admitted", "Kết nạp đảng viên mới", count(MembershipFigures::admissions,
                MembershipFigures.Admissions::count));
        return rows.list;
    }

    // ---- inspection ----

    private static List<ReportRow> inspection(InspectionFigures year, InspectionFigures previous) {
        Rows<InspectionFigures> rows = new Rows<>(year, previous);
        rows.add("inspection.inspections.visits", "Số cuộc kiểm tra (lượt)",
                count(InspectionFigures::inspections, InspectionFigures.Inspections::visits));
        rows.add("inspection.inspections.organizations", "Số tổ chức đảng được kiểm tra",
                count(InspectionFigures::inspections, InspectionFigures.Inspections::organizations));
        rows.add("inspection.inspections.members", "Số đảng viên được kiểm tra",
                count(InspectionFigures::inspections, InspectionFigures.Inspections::members));
        Function<InspectionFigures, List<KindVisits>> byKind = i -> i.inspections() == null ? null
                : i.inspections().byKind();
        for (String kind : keys(InspectionKind.class, year, previous,
                i -> byKind.apply(i) == null ? List.of() : byKind.apply(i).stream().map(KindVisits::kind).toList())) {
            rows.add("inspection.byKind." + kind + ".visits",
                    "– " + ReportLabels.of(InspectionKind.class, kind) + " (lượt)", i -> {
                        List<KindVisits> kinds = byKind.apply(i);
                        // a kind's figure: its entry, zero when the list is there without it
                        return kinds == null ? null : BigDecimal.valueOf(kinds.stream()
                                .filter(k -> kind.equals(k.kind())).mapToLong(KindVisits::visits).findFirst()
                                .orElse(0));
                    });
        }
        rows.add("inspection.signsOfViolation.organizations", "Kiểm tra khi có dấu hiệu vi phạm: số tổ chức đảng",
                count(InspectionFigures::signsOfViolation, InspectionFigures.Targets::organizations));
        rows.add("inspection.signsOfViolation.members", "Kiểm tra khi có dấu hiệu vi phạm: số đảng viên",
                count(InspectionFigures::signsOfViolation, InspectionFigures.Targets::members));
        rows.add("inspection.supervisions.visits", "Số cuộc giám sát (lượt)",
                count(InspectionFigures::supervisions, InspectionFigures.Visits::visits));
        rows.add("inspection.supervisions.organizations", "Số tổ chức đảng được giám sát",
                count(InspectionFigures::supervisions, InspectionFigures.Visits::organizations));
        rows.add("inspection.supervisions.members", "Số đảng viên được giám sát",
                count(InspectionFigures::supervisions, InspectionFigures.Visits::members));
        return rows.list;
    }

    private static List<ReportRow> discipline(InspectionFigures year, InspectionFigures previous) {
        Rows<InspectionFigures> rows = new Rows<>(year, previous);
        Function<InspectionFigures, InspectionFigures.Disciplined> members =
                i -> i.discipline() == null ? null : i.discipline().members();
        Function<InspectionFigures, InspectionFigures.Disciplined> organizations =
                i -> i.discipline() == null ? null : i.discipline().organizations();
        rows.add("discipline.members.total", "Số đảng viên bị kỷ luật",
                count(members, InspectionFigures.Disciplined::total));
        rows.breakdown("discipline.members.byForm", DisciplineForm.class,
                i -> members.apply(i) == null ? null : members.apply(i).byForm());
        rows.add("discipline.organizations.total", "Số tổ chức đảng bị kỷ luật",
                count(organizations, InspectionFigures.Disciplined::total));
        rows.breakdown("discipline.organizations.byForm", DisciplineForm.class,
                i -> organizations.apply(i) == null ? null : organizations.apply(i).byForm());
        rows.add("discipline.suspensions", "Số đảng viên bị đình chỉ sinh hoạt đảng",
                i -> BigDecimal.valueOf(i.suspensions()));
        rows.add("discipline.complaints.received", "Khiếu nại kỷ luật đã tiếp nhận",
                count(InspectionFigures::complaints, InspectionFigures.Flow::received));
        rows.add("discipline.complaints.resolved", "Khiếu nại kỷ luật đã giải quyết",
                count(InspectionFigures::complaints, InspectionFigures.Flow::resolved));
        rows.add("discipline.denunciations.received", "Tố cáo đã tiếp nhận",
                count(InspectionFigures::denunciations, InspectionFigures.Flow::received));
        rows.add("discipline.denunciations.resolved", "Tố cáo đã giải quyết",
                count(InspectionFigures::denunciations, InspectionFigures.Flow::resolved));
        return rows.list;
    }

    // ---- events ----

    private static List<ReportRow> ratings(EventsFigures year, EventsFigures previous) {
        Rows<EventsFigures> rows = new Rows<>(year, previous);
        rating(rows, "members", "đảng viên", EventsFigures.Ratings::members);
        rating(rows, "grassrootsOrganizations", "tổ chức cơ sở đảng", EventsFigures.Ratings::grassrootsOrganizations);
        rating(rows, "organizations", "chi bộ, tổ chức đảng", EventsFigures.Ratings::organizations);
        rows.add("ratings.cleanAndStrongOrganizations", "Tổ chức cơ sở đảng trong sạch, vững mạnh",
                count(EventsFigures::ratings, EventsFigures.Ratings::cleanAndStrongOrganizations));
        return rows.list;
    }

    private static void rating(Rows<EventsFigures> rows, String group, String who,
            Function<EventsFigures.Ratings, LevelCounts> counts) {
        String base = "ratings." + group;
        Function<EventsFigures, LevelCounts> of = e -> e.ratings() == null ? null : counts.apply(e.ratings());
        rows.add(base + ".rated", "Số " + who + " được đánh giá, xếp loại", count(of, LevelCounts::rated));
        for (RatingLevel level : RatingLevel.values()) {
            rows.add(base + "." + camelCase(level), "– " + ReportLabels.of(level), count(of, level::of));
        }
        rows.add(base + ".goodOrBetterPercent", "Tỷ lệ " + who + " hoàn thành tốt nhiệm vụ trở lên (%)",
                Unit.PERCENT, e -> share(of.apply(e), RatingLevel.EXCELLENT, RatingLevel.GOOD));
        rows.add(base + ".excellentPercent", "Tỷ lệ " + who + " hoàn thành xuất sắc nhiệm vụ (%)",
                Unit.PERCENT, e -> share(of.apply(e), RatingLevel.EXCELLENT));
    }

    /** The share of {@code levels} among those rated, recomputed from the counts (the source's percent is not used). */
    private static BigDecimal share(LevelCounts counts, RatingLevel... levels) {
        if (counts == null) {
            return null;
        }
        long part = Arrays.stream(levels).mapToLong(level -> level.of(counts)).sum();
        return Percent.of(BigDecimal.valueOf(part), BigDecimal.valueOf(counts.rated()));
    }

    /** NOT_COMPLETED → notCompleted: the level's field in the contract and its row key. */
    private static String camelCase(RatingLevel level) {
        StringBuilder name = new StringBuilder();
        for (String word : level.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    private static List<ReportRow> meetings(EventsFigures year, EventsFigures previous) {
        Rows<EventsFigures> rows = new Rows<>(year, previous);
        rows.add("meetings.held", "Số hội nghị, cuộc sinh hoạt đã tổ chức",
                count(EventsFigures::meetings, EventsFigures.Meetings::held));
        rows.breakdown("meetings.byKind", MeetingKind.class, e -> e.meetings() == null ? null : e.meetings().byKind());
        rows.add("meetings.attendanceRatePercent", "Tỷ lệ đảng viên dự sinh hoạt (%)", Unit.PERCENT,
                e -> e.meetings() == null ? null : Percent.rounded(e.meetings().attendanceRatePercent()));
        rows.add("tasks.assigned", "Nhiệm vụ được giao sau kết luận",
                count(EventsFigures::tasks, EventsFigures.Tasks::assigned));
        rows.add("tasks.done", "– Đã hoàn thành", count(EventsFigures::tasks, EventsFigures.Tasks::done));
        rows.add("tasks.overdue", "– Quá hạn", count(EventsFigures::tasks, EventsFigures.Tasks::overdue));
        rows.add("tasks.donePercent", "Tỷ lệ nhiệm vụ hoàn thành (%)", Unit.PERCENT, e -> e.tasks() == null ? null
                : Percent.of(BigDecimal.valueOf(e.tasks().done()), BigDecimal.valueOf(e.tasks().assigned())));
        return rows.list;
    }

    private static List<ReportRow> campaigns(EventsFigures year, EventsFigures previous) {
        Rows<EventsFigures> rows = new Rows<>(year, previous);
        rows.add("campaigns.contributionsVnd", "Tổng số tiền vận động, ủng hộ (đồng)", Unit.VND,
                e -> e.campaigns() == null ? null : wholeDong(e.campaigns().contributionsVnd()));
        return rows.list;
    }

    /** The contract's exact amount (a decimal string); null when absent or not a number. */
    private static BigDecimal wholeDong(String amount) {
        if (amount == null) {
            return null;
        }
        try {
            return new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- commendations ----

    private static List<ReportRow> commendations(CommendationFigures year, CommendationFigures previous) {
        Rows<CommendationFigures> rows = new Rows<>(year, previous);
        rows.add("commendations.total", "Tổng số quyết định khen thưởng", c -> BigDecimal.valueOf(c.total()));
        rows.breakdown("commendations.byForm", CommendationForm.class, CommendationFigures::byForm);
        rows.add("commendations.organizationsCommended", "Số tổ chức đảng được khen thưởng",
                c -> BigDecimal.valueOf(c.organizationsCommended()));
        rows.add("commendations.grassrootsOrganizationsCommended", "Số tổ chức cơ sở đảng được khen thưởng",
                c -> BigDecimal.valueOf(c.grassrootsOrganizationsCommended()));
        rows.add("commendations.membersCommended", "Số đảng viên được khen thưởng",
                c -> BigDecimal.valueOf(c.membersCommended()));
        rows.add("commendations.badgesAwarded", "Huy hiệu Đảng đã trao", c -> BigDecimal.valueOf(c.badgesAwarded()));
        rows.add("commendations.badgesRevoked", "Huy hiệu Đảng bị thu hồi", c -> BigDecimal.valueOf(c.badgesRevoked()));
        return rows.list;
    }

    // ---- helpers ----

    /** A section's rows from the year's figures and the previous year's (null when that year did not answer). */
    private static final class Rows<T> {

        private final T year;
        private final T previous;
        private final List<ReportRow> list = new ArrayList<>();

        Rows(T year, T previous) {
            this.year = year;
            this.previous = previous;
        }

        void add(String key, String label, Function<T, BigDecimal> figure) {
            add(key, label, Unit.COUNT, figure);
        }

        void add(String key, String label, Unit unit, Function<T, BigDecimal> figure) {
            list.add(ReportRow.of(key, label, unit, year == null ? null : figure.apply(year),
                    previous == null ? null : figure.apply(previous)));
        }

        /** One row per key of a breakdown {KEY: n}, the contract's constants first in their order, zero where a year
         * lacks a key; null where a year has no breakdown. */
        <E extends Enum<E>> void breakdown(String keyPrefix, Class<E> type, Function<T, Map<String, Long>> map) {
            for (String key : keys(type, year, previous, figures -> map.apply(figures) == null ? List.of()
                    : map.apply(figures).keySet())) {
                add(keyPrefix + "." + key, "– " + ReportLabels.of(type, key), figures -> {
                    Map<String, Long> counts = map.apply(figures);
                    if (counts == null) {
                        return null;
                    }
                    Long value = counts.getOrDefault(key, 0L);
                    return value == null ? null : BigDecimal.valueOf(value);
                });
            }
        }
    }

    /** A count inside a part of the figures; null when the source did not give that part. */
    private static <T, P> Function<T, BigDecimal> count(Function<T, P> part, ToLongFunction<P> count) {
        return figures -> {
            P value = part.apply(figures);
            return value == null ? null : BigDecimal.valueOf(count.applyAsLong(value));
        };
    }

    /** The keys present in either year: the constants of {@code type} in their order, then the others sorted. */
    private static <T, E extends Enum<E>> Set<String> keys(Class<E> type, T year, T previous,
            Function<T, Collection<String>> found) {
        Set<String> present = new LinkedHashSet<>();
        for (T figures : Arrays.asList(year, previous)) {
            if (figures != null) {
                found.apply(figures).stream().filter(Objects::nonNull).filter(key -> !key.isBlank())
                        .forEach(present::add);
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (E constant : type.getEnumConstants()) {
            if (present.remove(constant.name())) {
                ordered.add(constant.name());
            }
        }
        present.stream().sorted().forEach(ordered::add);
        return ordered;
    }

    private static BigDecimal sumOf(Map<String, Long> map, String... keys) {
        return map == null ? null : sum(map, Set.of(keys)::contains);
    }

    private static BigDecimal sumExcept(Map<String, Long> map, String excluded) {
        return map == null ? null : sum(map, key -> !key.equals(excluded));
    }

    private static BigDecimal sum(Map<String, Long> map, java.util.function.Predicate<String> counted) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, Long> entry : map.entrySet()) {
            if (counted.test(entry.getKey())) {
                if (entry.getValue() == null) {
                    return null;
                }
                sum = sum.add(BigDecimal.valueOf(entry.getValue()));
            }
        }
        return sum;
    }
}
