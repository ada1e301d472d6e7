package vn.party.membership.member.exchange;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a member file, shared by import and export (an exported file imports again). Each has the
 * Vietnamese header we write and the headers we accept: the CSDL đảng viên 3.0 wording and the usual office
 * spreadsheet variants, compared without accents, case or punctuation ("Ho va ten" = "HỌ VÀ TÊN").
 * See docs/member-import.md.
 */
public enum MemberColumn {
    FULL_NAME("fullName", "Họ và tên", "Họ tên", "Họ và tên đảng viên", "Họ tên đảng viên"),
    GENDER("gender", "Giới tính", "Nam/Nữ"),
    DATE_OF_BIRTH("dateOfBirth", "Ngày sinh", "Ngày, tháng, năm sinh", "Ngày tháng năm sinh"),
    ETHNICITY("ethnicity", "Dân tộc"),
    RELIGION("religion", "Tôn giáo"),
    HOMETOWN("hometown", "Quê quán"),
    NATIONAL_ID("nationalId", "Số CCCD", "CCCD", "Số căn cước công dân", "Số căn cước", "Số định danh cá nhân",
            "Số CMND/CCCD", "CMND/CCCD"),
    PARTY_CARD_NUMBER("partyCardNumber", "Số thẻ đảng", "Số thẻ đảng viên", "Số thẻ"),
    PHONE("phone", "Điện thoại", "Số điện thoại", "SĐT"),
    EDUCATION_LEVEL("educationLevel", "Trình độ học vấn", "Trình độ chuyên môn", "Trình độ chuyên môn, nghiệp vụ",
            "Học vấn"),
    POLITICAL_THEORY_LEVEL("politicalTheoryLevel", "Lý luận chính trị", "Trình độ lý luận chính trị"),
    JOB_TITLE("jobTitle", "Chức vụ", "Chức vụ chính quyền"),
    HOST_AGENCY("hostAgency", "Cơ quan, đơn vị", "Cơ quan đơn vị", "Đơn vị công tác", "Cơ quan công tác"),
    ADMISSION_DECISION_DATE("admissionDecisionDate", "Ngày quyết định kết nạp", "Ngày QĐ kết nạp"),
    ADMISSION_DATE("admissionDate", "Ngày vào Đảng", "Ngày kết nạp", "Ngày kết nạp Đảng"),
    OFFICIAL_DATE("officialDate", "Ngày chính thức", "Ngày công nhận chính thức"),
    STATUS("status", "Tình trạng", "Trạng thái"),
    ORGANIZATION_CODE("organizationCode", "Mã tổ chức", "Chi bộ", "Mã chi bộ", "Mã tổ chức đảng");

    private static final Map<String, MemberColumn> BY_FOLDED_HEADER = new HashMap<>();

    static {
        for (MemberColumn column : values()) {
            for (String header : column.accepted) {
                BY_FOLDED_HEADER.put(fold(header), column);
            }
        }
    }

    private final String field;
    private final List<String> accepted;

    MemberColumn(String field, String header, String... aliases) {
        this.field = field;
        this.accepted = java.util.stream.Stream.concat(java.util.stream.Stream.of(header),
                java.util.Arrays.stream(aliases)).toList();
    }

    /** The API field this column fills (as in {@code MemberRequests.Profile}). */
    public String field() {
        return field;
    }

    /** The header written on export and shown in documentation. */
    public String header() {
        return accepted.get(0);
    }

    public List<String> acceptedHeaders() {
        return accepted;
    }

    /** The column a header names, ignoring accents, case, spacing and punctuation. */
    public static Optional<MemberColumn> forHeader(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(BY_FOLDED_HEADER.get(fold(header)));
    }

    /** "Cơ quan, đơn vị" → "co quan don vi"; Đ/đ → d. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
    }
}
