package vn.party.gateway.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import vn.party.gateway.report.ReportRow.Unit;

/**
 * Turns the sources' statistics (one JSON document per source and year) into the report's rows, with Vietnamese
 * headings. Counts are taken as the sources give them; percentages are recomputed from counts where the counts
 * are there. A figure a source did not give stays null (never a silent zero); within a breakdown a source did
 * give, a missing key is a zero (the services leave out empty groups).
 */
final class ReportFigures {

    static final String MEMBERSHIP = "membership";
    static final String INSPECTION = "inspection";
    static final String EVENTS = "events";
    static final String COMMENDATIONS = "commendations";

    /** Section keys and titles in report order, and the source each is read from. */
    record SectionSpec(String key, String title, String source, Rows rows) {
    }

    /** The rows of a section from the year's and the previous year's document (either may be null). */
    interface Rows {
        List<ReportRow> of(JsonNode year, JsonNode previous);
    }

    static final List<SectionSpec> SECTIONS = List.of(
            new SectionSpec("organizations", "Tổ chức đảng", MEMBERSHIP, ReportFigures::organizations),
            new SectionSpec("members", "Đảng viên", MEMBERSHIP, ReportFigures::members),
            new SectionSpec("inspection", "Kiểm tra, giám sát", INSPECTION, ReportFigures::inspection),
            new SectionSpec("discipline", "Thi hành kỷ luật, khiếu nại, tố cáo", INSPECTION, ReportFigures::discipline),
            new SectionSpec("ratings", "Đánh giá, xếp loại chất lượng", EVENTS, ReportFigures::ratings),
            new SectionSpec("meetings", "Hội nghị, sinh hoạt và nhiệm vụ", EVENTS, ReportFigures::meetings),
            new SectionSpec("campaigns", "Vận động, ủng hộ", EVENTS, ReportFigures::campaigns),
            new SectionSpec("commendations", "Khen thưởng", COMMENDATIONS, ReportFigures::commendations));

    static final Map<String, String> INSPECTION_KINDS = Map.of(
            "COMPLIANCE", "Kiểm tra chấp hành (thường xuyên, chuyên đề)",
            "SIGNS_OF_VIOLATION", "Kiểm tra khi có dấu hiệu vi phạm",
            "LOWER_LEVEL_INSPECTION_WORK", "Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát của cấp dưới",
            "FINANCIAL", "Kiểm tra tài chính đảng");
    static final Map<String, String> DISCIPLINE_FORMS = Map.of(
            "REPRIMAND", "Khiển trách",
            "WARNING", "Cảnh cáo",
            "REMOVAL_FROM_POST", "Cách chức",
            "EXPULSION", "Khai trừ",
            "DISSOLUTION", "Giải tán");
    static final Map<String, String> MEETING_KINDS = Map.of(
            "MONTHLY_CELL_MEETING", "Sinh hoạt chi bộ thường kỳ",
            "THEMATIC_MEETING", "Sinh hoạt chuyên đề",
            "COMMITTEE_PLENUM", "Hội nghị Ban Chấp hành",
            "YEAR_END_SUMMARY", "Hội nghị tổng kết năm",
            "DIALOGUE", "Đối thoại",
            "RESOLUTION_STUDY", "Học tập, quán triệt nghị quyết");
    static final Map<String, String> COMMENDATION_FORMS = Map.of(
            "BIEU_DUONG", "Biểu dương",
            "GIAY_KHEN", "Giấy khen",
            "BANG_KHEN", "Bằng khen",
            "HUY_HIEU_DANG", "Huy hiệu Đảng",
            "HUAN_CHUONG", "Huân chương",
            "HUY_CHUONG", "Huy chương");
    private static final List<String> GRADES = List.of("excellent", "good", "completed", "notCompleted");
    private static final Map<String, String> GRADE_LABELS = Map.of(
            "excellent", "Hoàn thành xuất sắc nhiệm vụ",
            "good", "Hoàn thành tốt nhiệm vụ",
            "completed", "Hoàn thành nhiệm vụ",
            "notCompleted", "Không hoàn thành nhiệm vụ");

    private ReportFigures() {
    }

    // ---- membership ----

    private static List<ReportRow> organizations(JsonNode year, JsonNode previous) {
        List<ReportRow> rows = new ArrayList<>();
        rows.add(derived("organizations.total", "Tổng số tổ chức đảng (không kể tổ đảng)", Unit.COUNT, year, previous,
                node -> sumExcept(node.path("organizationsByType"), "PARTY_GROUP")));
        rows.add(derived("organizations.grassroots", "Số tổ chức cơ sở đảng", Unit.COUNT, year, previous,
                node -> sumOf(node.path("organizationsByType"), "GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL")));
        rows.add(derived("organizations.grassrootsCommittees", "– Đảng bộ cơ sở", Unit.COUNT, year, previous,
                node -> sumOf(node.path("organizationsByType"), "GRASSROOTS_COMMITTEE")));
        rows.add(derived("organizations.grassrootsCells", "– Chi bộ cơ sở", Unit.COUNT, year, previous,
                node -> sumOf(node.path("organizationsByType"), "GRASSROOTS_CELL")));
        rows.add(derived("organizations.subordinateCells", "Số chi bộ trực thuộc đảng ủy cơ sở", Unit.COUNT, year,
                previous, node -> sumOf(node.path("organizationsByType"), "SUBORDINATE_CELL")));
        return rows;
    }

    private static List<ReportRow> members(JsonNode year, JsonNode previous) {
        List<ReportRow> rows = new ArrayList<>();
        rows.add(count("members.total", "Tổng số đảng viên", year, previous, "activeMembers"));
        rows.add(derived("members.official", "– Đảng viên chính thức", Unit.COUNT, year, previous, node -> {
            BigDecimal active = number(node, "activeMembers");
            BigDecimal probationary = sumOf(node.path("byStatus"), "PROBATIONARY");
            return active == null || probationary == null ? null : active.subtract(probationary);
        }));
        rows.add(derived("members.probationary", "– Đảng viên dự bị", Unit.COUNT, year, previous,
                node -> sumOf(node.path("byStatus"), "PROBATIONARY")));
        rows.add(count("members.admitted", "Kết nạp đảng viên mới", year, previous, "admissions.count"));
        return rows;
    }

    // ---- inspection ----

    private static List<ReportRow> inspection(JsonNode year, JsonNode previous) {
        List<ReportRow> rows = new ArrayList<>();
        rows.add(count("inspection.inspections.visits", "Số cuộc kiểm tra (lượt)", year, previous, "inspections.visits"));
        rows.add(count("inspection.inspections.organizations", "Số tổ chức đảng được kiểm tra", year, previous,
                "inspections.organizations"));
        rows.add(count("inspection.inspections.members", "Số đảng viên được kiểm tra", year, previous,
                "inspections.members"));
        Set<String> kinds = keys(year, previous, node -> {
            Set<String> found = new LinkedHashSet<>();
            node.path("inspections").path("byKind").forEach(kind -> found.add(kind.path("kind").asText()));
            return found;
        }, INSPECTION_KINDS.keySet());
        for (String kind : kinds) {
            rows.add(derived("inspection.byKind." + kind + ".visits", "– " + label(INSPECTION_KINDS, kind) + " (lượt)",
                    Unit.COUNT, year, previous, node -> byKind(node, kind, "visits")));
        }
        rows.add(count("inspection.signsOfViolation.organizations",
                "Kiểm tra khi có dấu hiệu vi phạm: số tổ chức đảng", year, previous, "signsOfViolation.organizations"));
        rows.add(count("inspection.signsOfViolation.members", "Kiểm tra khi có dấu hiệu vi phạm: số đảng viên", year,
                previous, "signsOfViolation.members"));
        rows.add(count("inspection.supervisions.visits", "Số cuộc giám sát (lượt)", year, previous, "supervisions.visits"));
        rows.add(count("inspection.supervisions.organizations", "Số tổ chức đảng được giám sát", year, previous,
                "supervisions.organizations"));
        rows.add(count("inspection.supervisions.members", "Số đảng viên được giám sát", year, previous,
                "supervisions.members"));
        return rows;
    }

    /** A kind's figure: the array entry of that kind, zero when the array is there without it. */
    private static BigDecimal byKind(JsonNode node, String kind, String field) {
        JsonNode byKind = node.path("inspections").path("byKind");
        if (!byKind.isArray()) {
            return null;
        }
        for (JsonNode entry : byKind) {
            if (kind.equals(entry.path("kind").asText())) {
                return number(entry, field);
            }
        }
        return BigDecimal.ZERO;
    }

    private static List<ReportRow> discipline(JsonNode year, JsonNode previous) {
        List<ReportRow> rows = new ArrayList<>();
        rows.add(count("discipline.members.total", "Số đảng viên bị kỷ luật", year, previous, "discipline.members.total"));
        rows.addAll(breakdown("discipline.members.byForm", DISCIPLINE_FORMS, year, previous, "discipline.members.byForm"));
        rows.add(count("discipline.organizations.total", "Số tổ chức đảng bị kỷ luật", year, previous,
                "discipline.organizations.total"));
        rows.addAll(breakdown("discipline.organizations.byForm", DISCIPLINE_FORMS, year, previous,
                "discipline.organizations.byForm"));
        rows.add(count("discipline.suspensions", "Số đảng viên bị đình chỉ sinh hoạt đảng", year, previous,
                "suspensions"));
        rows.add(count("discipline.complaints.received", "Khiếu nại kỷ luật đã tiếp nhận", year, previous,
                "complaints.received"));
        rows.add(count("discipline.complaints.resolved", "Khiếu nại kỷ luật đã giải quyết", year, previous,
                "complaints.resolved"));
        rows.add(count("discipline.denunciations.received", "Tố cáo đã tiếp nhận", year, previous,
                "denunciations.received"));
        rows.add(count("discipline.denunciations.resolved", "Tố cáo đã giải quyết", year, previous,
                "denunciations.resolved"));
        return rows;
    }

    // ---- events ----

    private static List<ReportRow> ratings(JsonNode year, JsonNode previous) {
        List<ReportRow> rows = new ArrayList<>();
        rating(rows, "members", "đảng viên", year, previous);
        rating(rows, "grassrootsOrganizations", "tổ chức cơ sở đảng", year, previous);
        rating(rows, "organizations", "chi bộ, tổ chức đảng", year, previous);
        rows.add(count("ratings.cleanAndStrongOrganizations", "Tổ chức cơ sở đảng trong sạch, vững mạnh", year,
                previous, "ratings.cleanAndStrongOrganizations"));
        return rows;
    }

    private static void rating(List<ReportRow> rows, String group, String who, JsonNode year, JsonNode previous) {
        String base = "ratings." + group;
        rows.add(count(base + ".rated", "Số " + who + " được đánh giá, xếp loại", year, previous, base + ".rated"));
        for (String grade : GRADES) {
            rows.add(count(base + "." + grade, "– " + GRADE_LABELS.get(grade), year, previous, base + "." + grade));
        }
        rows.add(derived(base + ".goodOrBetterPercent", "Tỷ lệ " + who + " hoàn thành tốt nhiệm vụ trở lên (%)",
                Unit.PERCENT, year, previous, node -> recomputed(node, base, List.of("excellent", "good"),
                        "goodOrBetterPercent")));
        rows.add(derived(base + ".excellentPercent", "Tỷ lệ " + who + " hoàn thành xuất sắc nhiệm vụ (%)",
                Unit.PERCENT, year, previous, node -> recomputed(node, base, List.of("excellent"), "excellentPercent")));
    }

    /** The share of {@code parts} among those rated, from the counts; the source's own percent only without them. */
    private static BigDecimal recomputed(JsonNode node, String base, List<String> parts, String givenPercent) {
        BigDecimal rated = number(node, base + ".rated");
        BigDecimal part = BigDecimal.ZERO;
        for (String name : parts) {
            BigDecimal value = number(node, base + "." + name);
            part = value == null || part == null ? null : part.add(value);
        }
        if (rated != null && part != null) {
            return Percent.of(part, rated);
        }
        return Percent.rounded(number(node, base + "." + givenPercent));
    }

    private static List<ReportRow> meetings(JsonNode year, JsonNode previous) {
        List<ReportRow> rows = new ArrayList<>();
        rows.add(count("meetings.held", "Số hội nghị, cuộc sinh hoạt đã tổ chức", year, previous, "meetings.held"));
        rows.addAll(breakdown("meetings.byKind", MEETING_KINDS, year, previous, "meetings.byKind"));
        rows.add(derived("meetings.attendanceRatePercent", "Tỷ lệ đảng viên dự sinh hoạt (%)", Unit.PERCENT, year,
                previous, node -> Percent.rounded(number(node, "meetings.attendanceRatePercent"))));
        rows.add(count("tasks.assigned", "Nhiệm vụ được giao sau kết luận", year, previous, "tasks.assigned"));
        rows.add(count("tasks.done", "– Đã hoàn thành", year, previous, "tasks.done"));
        rows.add(count("tasks.overdue", "– Quá hạn", year, previous, "tasks.overdue"));
        rows.add(derived("tasks.donePercent", "Tỷ lệ nhiệm vụ hoàn thành (%)", Unit.PERCENT, year, previous,
                node -> Percent.of(number(node, "tasks.done"), number(node, "tasks.assigned"))));
        return rows;
    }

    private static List<ReportRow> campaigns(JsonNode year, JsonNode previous) {
        return List.of(derived("campaigns.contributionsVnd", "Tổng số tiền vận động, ủng hộ (đồng)", Unit.VND, year,
                previous, node -> number(node, "campaigns.contributionsVnd")));
    }

    // ---- commendations ----

    private static List<ReportRow> commendations(JsonNode year, JsonNode previous) {
        List<ReportRow> rows = new ArrayList<>();
        rows.add(count("commendations.total", "Tổng số quyết định khen thưởng", year, previous, "total"));
        rows.addAll(breakdown("commendations.byForm", COMMENDATION_FORMS, year, previous, "byForm"));
        rows.add(count("commendations.organizationsCommended", "Số tổ chức đảng được khen thưởng", year, previous,
                "organizationsCommended"));
        rows.add(count("commendations.grassrootsOrganizationsCommended", "Số tổ chức cơ sở đảng được khen thưởng",
                year, previous, "grassrootsOrganizationsCommended"));
        rows.add(count("commendations.membersCommended", "Số đảng viên được khen thưởng", year, previous,
                "membersCommended"));
        rows.add(count("commendations.badgesAwarded", "Huy hiệu Đảng đã trao", year, previous, "badgesAwarded"));
        rows.add(count("commendations.badgesRevoked", "Huy hiệu Đảng bị thu hồi", year, previous, "badgesRevoked"));
        return rows;
    }

    // ---- helpers ----

    private static ReportRow count(String key, String label, JsonNode year, JsonNode previous, String path) {
        return derived(key, label, Unit.COUNT, year, previous, node -> number(node, path));
    }

    private static ReportRow derived(String key, String label, Unit unit, JsonNode year, JsonNode previous,
            Function<JsonNode, BigDecimal> figure) {
        return ReportRow.of(key, label, unit, year == null ? null : figure.apply(year),
                previous == null ? null : figure.apply(previous));
    }

    /** One row per key of an object {KEY: n}, known keys first in their order, zero where a year lacks a key. */
    private static List<ReportRow> breakdown(String keyPrefix, Map<String, String> labels, JsonNode year,
            JsonNode previous, String path) {
        Set<String> keys = keys(year, previous, node -> {
            Set<String> found = new LinkedHashSet<>();
            JsonNode map = at(node, path);
            if (map != null && map.isObject()) {
                map.fieldNames().forEachRemaining(found::add);
            }
            return found;
        }, labels.keySet());
        List<ReportRow> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(derived(keyPrefix + "." + key, "– " + label(labels, key), Unit.COUNT, year, previous, node -> {
                JsonNode map = at(node, path);
                if (map == null || !map.isObject()) {
                    return null;
                }
                return map.has(key) ? number(map, key) : BigDecimal.ZERO;
            }));
        }
        return rows;
    }

    /** The keys present in either year, in the order of {@code known} (by enum order), then the others sorted. */
    private static Set<String> keys(JsonNode year, JsonNode previous, Function<JsonNode, Set<String>> found,
            Set<String> known) {
        Set<String> present = new LinkedHashSet<>();
        if (year != null) {
            present.addAll(found.apply(year));
        }
        if (previous != null) {
            present.addAll(found.apply(previous));
        }
        present.removeIf(String::isBlank);
        List<String> ordered = new ArrayList<>(present);
        List<String> knownOrder = knownOrder(known);
        ordered.sort((a, b) -> {
            int ia = knownOrder.indexOf(a);
            int ib = knownOrder.indexOf(b);
            if (ia >= 0 && ib >= 0) {
                return Integer.compare(ia, ib);
            }
            if (ia >= 0 || ib >= 0) {
                return ia >= 0 ? -1 : 1;
            }
            return a.compareTo(b);
        });
        return new LinkedHashSet<>(ordered);
    }

    /** Map.of has no order: the known keys in the order the services declare them. */
    private static List<String> knownOrder(Set<String> known) {
        for (List<String> order : List.of(
                List.of("COMPLIANCE", "SIGNS_OF_VIOLATION", "LOWER_LEVEL_INSPECTION_WORK", "FINANCIAL"),
                List.of("REPRIMAND", "WARNING", "REMOVAL_FROM_POST", "EXPULSION", "DISSOLUTION"),
                List.of("MONTHLY_CELL_MEETING", "THEMATIC_MEETING", "COMMITTEE_PLENUM", "YEAR_END_SUMMARY", "DIALOGUE",
                        "RESOLUTION_STUDY"),
                List.of("BIEU_DUONG", "GIAY_KHEN", "BANG_KHEN", "HUY_HIEU_DANG", "HUAN_CHUONG", "HUY_CHUONG"))) {
            if (known.containsAll(order) && order.containsAll(known)) {
                return order;
            }
        }
        return List.copyOf(known);
    }

    private static String label(Map<String, String> labels, String key) {
        return labels.getOrDefault(key, key);
    }

    private static BigDecimal sumOf(JsonNode map, String... keys) {
        if (!map.isObject()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String key : keys) {
            if (map.has(key)) {
                BigDecimal value = number(map, key);
                if (value == null) {
                    return null;
                }
                sum = sum.add(value);
            }
        }
        return sum;
    }

    private static BigDecimal sumExcept(JsonNode map, String excluded) {
        if (!map.isObject()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Iterator<String> names = map.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(excluded)) {
                BigDecimal value = number(map, name);
                if (value == null) {
                    return null;
                }
                sum = sum.add(value);
            }
        }
        return sum;
    }

    /** The number at a dotted path: a JSON number or a decimal string (money); null if absent or not a number. */
    static BigDecimal number(JsonNode node, String path) {
        JsonNode value = at(node, path);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            if (current == null || !current.isObject() || !current.has(part)) {
                return null;
            }
            current = current.get(part);
        }
        return current;
    }
}
