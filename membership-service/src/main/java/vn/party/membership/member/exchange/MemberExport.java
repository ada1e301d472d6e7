package vn.party.membership.member.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.export.CellText;
import vn.party.common.persistence.AuditTrail;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberSearch;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.domain.NationalIdMask;
import vn.party.membership.organization.Organization;

/**
 * The filtered register as a file: every matching member (not one page), in the list's order, with the
 * import's Vietnamese headers (so an exported file imports again), dates dd/MM/yyyy, and the CCCD masked
 * unless the caller may see it. Exporting is a read of personal data in bulk: one EXPORT audit row records
 * the filter, the format and the row count.
 */
@ApplicationScoped
public class MemberExport {

    public enum Format {
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("csv", "text/csv; charset=UTF-8");

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    /** The file and how many members it lists. */
    public record File(byte[] content, int rows, String fileName, String mediaType) {
    }

    static final String AUDIT_TYPE = "member-list";
    static final String SHEET_NAME = "Danh sách đảng viên";
    private static final int BATCH = 1000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Columns written, in order: STT, the import columns, then the organization name and status. */
    static final List<String> HEADERS = List.of("STT", MemberColumn.FULL_NAME.header(), MemberColumn.GENDER.header(),
            MemberColumn.DATE_OF_BIRTH.header(), MemberColumn.ETHNICITY.header(), MemberColumn.RELIGION.header(),
            MemberColumn.HOMETOWN.header(), MemberColumn.NATIONAL_ID.header(), MemberColumn.PARTY_CARD_NUMBER.header(),
            MemberColumn.PHONE.header(), MemberColumn.EDUCATION_LEVEL.header(),
            MemberColumn.POLITICAL_THEORY_LEVEL.header(), MemberColumn.JOB_TITLE.header(),
            MemberColumn.HOST_AGENCY.header(), MemberColumn.ADMISSION_DECISION_DATE.header(),
            MemberColumn.ADMISSION_DATE.header(), MemberColumn.OFFICIAL_DATE.header(), MemberColumn.STATUS.header(),
            MemberColumn.ORGANIZATION_CODE.header(), "Tên tổ chức");

    @Inject
    MemberSearch search;

    @Inject
    MemberService members;

    @Inject
    AuditTrail auditTrail;

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRED)
    public File export(MemberSearch.Criteria criteria, Format format) {
        LocalDate today = LocalDate.now(members.today());
        Map<UUID, Organization> organizations = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        boolean nationalIdShown = false;
        for (int page = 0; ; page++) {
            Page<Member> batch = search.search(criteria, new PageRequest(page, BATCH), today);
            for (Member member : batch.items()) {
                Organization organization = organizations.computeIfAbsent(member.organizationId,
                        id -> Organization.findById(id));
                boolean reveal = members.revealsNationalId(member);
                nationalIdShown |= reveal;
                rows.add(row(rows.size() + 1, member, organization, reveal));
            }
            if (page + 1 >= batch.totalPages()) {
                break;
            }
            entityManager.clear();
            organizations.clear();
        }
        byte[] content = format == Format.XLSX ? xlsx(rows) : csv(rows);

        Map<String, AuditTrail.Change> summary = new LinkedHashMap<>();
        summary.put("format", new AuditTrail.Change(null, format.extension));
        summary.put("filter", new AuditTrail.Change(null, filter(criteria)));
        summary.put("rows", new AuditTrail.Change(null, rows.size()));
        summary.put("nationalIdShown", new AuditTrail.Change(null, nationalIdShown));
        auditTrail.recorded("EXPORT", AUDIT_TYPE,
                criteria.organizationId() == null ? "*" : criteria.organizationId().toString(), summary);
        String fileName = "danh-sach-dang-vien-" + today + "." + format.extension;
        return new File(content, rows.size(), fileName, format.mediaType);
    }

    private static List<Object> row(int number, Member m, Organization organization, boolean revealNationalId) {
        List<Object> row = new ArrayList<>(HEADERS.size());
        row.add(number);
        row.add(m.fullName);
        row.add(m.gender == null ? null : switch (m.gender) {
            case MALE -> "Nam";
            case FEMALE -> "Nữ";
        });
        row.add(m.dateOfBirth);
        row.add(m.ethnicity);
        row.add(m.religion);
        row.add(m.hometown);
        row.add(revealNationalId ? m.nationalId : NationalIdMask.mask(m.nationalId));
        row.add(m.partyCardNumber);
        row.add(m.phone);
        row.add(m.educationLevel);
        row.add(m.politicalTheoryLevel);
        row.add(m.jobTitle);
        row.add(m.hostAgency);
        row.add(m.admissionDecisionDate);
        row.add(m.admissionDate);
        row.add(m.officialDate);
        row.add(m.status.vietnameseName());
        row.add(organization == null ? null : organization.code);
        row.add(organization == null ? null : organization.name);
        row.replaceAll(CellText::neutralize); // free text typed by users must not become a formula in Excel
        return row;
    }

    /** UTF-8 with a byte-order mark, so Excel shows the Vietnamese text right; comma-separated, RFC 4180. */
    static byte[] csv(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord(HEADERS);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(value -> value instanceof LocalDate date ? DATE.format(date)
                        : value).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Streaming workbook (100 rows in memory): bold frozen header, real date cells shown dd/mm/yyyy, numbers
     * (CCCD, card, phone) as text so their leading zeros stay.
     */
    static byte[] xlsx(List<List<Object>> rows) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            widths(sheet);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof Integer number) {
                        cell.setCellValue(number);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // temporary files were removed by dispose()
            }
        }
    }

    /** Fixed widths (in characters): autosizing needs AWT fonts, which a server image may not have. */
    private static void widths(Sheet sheet) {
        int[] widths = {6, 28, 9, 12, 10, 12, 28, 15, 15, 13, 18, 16, 24, 32, 14, 14, 14, 16, 14, 36};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static Map<String, Object> filter(MemberSearch.Criteria criteria) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("organizationId", criteria.organizationId());
        filter.put("q", criteria.text());
        filter.put("nationalId", criteria.nationalId());
        filter.put("cardNumber", criteria.cardNumber());
        filter.put("status", criteria.statuses());
        filter.put("gender", criteria.gender());
        filter.put("ethnicity", criteria.ethnicity());
        filter.put("minAge", criteria.minAge());
        filter.put("maxAge", criteria.maxAge());
        filter.put("admissionYear", criteria.admissionYear());
        filter.put("sort", criteria.sort());
        filter.values().removeIf(value -> value == null || value instanceof java.util.Collection<?> c && c.isEmpty());
        return filter;
    }
}
