package vn.party.gateway.report;

import vn.party.contracts.effects.DisciplineForm;
import vn.party.contracts.figures.CommendationForm;
import vn.party.contracts.figures.InspectionKind;
import vn.party.contracts.figures.MeetingKind;
import vn.party.contracts.figures.RatingLevel;

/**
 * The report's Vietnamese headings of the contract's enum constants (presentation, so the gateway's). Exhaustive
 * switches: a constant added to the contract does not compile here until it has its heading.
 */
final class ReportLabels {

    private ReportLabels() {
    }

    static String of(InspectionKind kind) {
        return switch (kind) {
            case COMPLIANCE -> "Kiểm tra chấp hành (thường xuyên, chuyên đề)";
            case SIGNS_OF_VIOLATION -> "Kiểm tra khi có dấu hiệu vi phạm";
            case LOWER_LEVEL_INSPECTION_WORK -> "Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát của cấp dưới";
            case FINANCIAL -> "Kiểm tra tài chính đảng";
        };
    }

    static String of(DisciplineForm form) {
        return switch (form) {
            case REPRIMAND -> "Khiển trách";
            case WARNING -> "Cảnh cáo";
            case REMOVAL_FROM_POST -> "Cách chức";
            case EXPULSION -> "Khai trừ";
            case DISSOLUTION -> "Giải tán";
        };
    }

    static String of(MeetingKind kind) {
        return switch (kind) {
            case MONTHLY_CELL_MEETING -> "Sinh hoạt chi bộ thường kỳ";
            case THEMATIC_MEETING -> "Sinh hoạt chuyên đề";
            case COMMITTEE_PLENUM -> "Hội nghị Ban Chấp hành";
            case YEAR_END_SUMMARY -> "Hội nghị tổng kết năm";
            case DIALOGUE -> "Đối thoại";
            case RESOLUTION_STUDY -> "Học tập, quán triệt nghị quyết";
        };
    }

    static String of(RatingLevel level) {
        return switch (level) {
            case EXCELLENT -> "Hoàn thành xuất sắc nhiệm vụ";
            case GOOD -> "Hoàn thành tốt nhiệm vụ";
            case COMPLETED -> "Hoàn thành nhiệm vụ";
            case NOT_COMPLETED -> "Không hoàn thành nhiệm vụ";
        };
    }

    static String of(CommendationForm form) {
        return switch (form) {
            case BIEU_DUONG -> "Biểu dương";
            case GIAY_KHEN -> "Giấy khen";
            case BANG_KHEN -> "Bằng khen";
            case HUY_HIEU_DANG -> "Huy hiệu Đảng";
            case HUAN_CHUONG -> "Huân chương";
            case HUY_CHUONG -> "Huy chương";
        };
    }

    /** The heading of a breakdown key: its constant's, or the key itself when this gateway does not know it. */
    static <E extends Enum<E>> String of(Class<E> type, String key) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return label(constant);
            }
        }
        return key;
    }

    static String label(Enum<?> constant) {
        if (constant instanceof InspectionKind kind) {
            return of(kind);
        }
        if (constant instanceof DisciplineForm form) {
            return of(form);
        }
        if (constant instanceof MeetingKind kind) {
            return of(kind);
        }
        if (constant instanceof RatingLevel level) {
            return of(level);
        }
        if (constant instanceof CommendationForm form) {
            return of(form);
        }
        throw new IllegalArgumentException("No headings for " + constant.getDeclaringClass().getSimpleName());
    }
}
