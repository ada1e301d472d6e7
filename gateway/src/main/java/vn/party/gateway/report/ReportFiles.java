package vn.party.gateway.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.party.common.export.CellText;

import vn.party.gateway.report.ReportRow.Unit;

/**
 * The report as a spreadsheet or CSV, with the same rows as the JSON: Vietnamese headings, numbers as numbers
 * (percentages as Excel percentages, VND with thousands separators), and a source that did not answer said so
 * in the sheet rather than shown as zeros.
 */
final class ReportFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";
    static final String NO_DATA = "Không có số liệu";
    /** Above 2^53 a double no longer holds every whole đồng: such amounts are written as text. */
    private static final BigDecimal EXACT_IN_DOUBLE = BigDecimal.valueOf(1L << 53);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private ReportFiles() {
    }

    static String title(AnnualReport report) {
        return "Báo cáo số liệu công tác xây dựng Đảng năm " + report.year();
    }

    static List<String> headers(AnnualReport report) {
        return List.of("STT", "Chỉ tiêu", "Đơn vị", "Năm " + report.year(), "Năm " + report.previousYear(),
                "Tăng (+), giảm (−) so với năm " + report.previousYear(), "Ghi chú");
    }

    /** Why a year's figures of a section are missing, in words for the sheet. */
    static String missing(ReportSection section, int year, boolean previous) {
        String status = previous ? section.previousYearStatus() : section.status();
        String reason = previous ? section.previousYearReason() : section.reason();
        String why = "FORBIDDEN".equals(status)
                ? "nguồn " + section.source() + " từ chối quyền xem (" + reason + ")"
                : "nguồn " + section.source() + " không phản hồi (" + reason + ")";
        return NO_DATA + " năm " + year + ": " + why;
    }

    static String unitName(Unit unit) {
        return switch (unit) {
            case COUNT -> "";
            case PERCENT -> "%";
            case VND -> "đồng";
        };
    }

    // ---- CSV ----

    /** UTF-8 with a byte-order mark so Excel shows the Vietnamese right; RFC 4180. */
    static byte[] csv(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            record(printer, title(report));
            record(printer, "Tổ chức", report.organizationId());
            if (report.partial()) {
                record(printer, "Lưu ý", "Báo cáo chưa đầy đủ: có nguồn số liệu không phản hồi (xem Ghi chú)");
            }
            record(printer, headers(report));
            for (int s = 0; s < report.sections().size(); s++) {
                ReportSection section = report.sections().get(s);
                record(printer, roman(s), section.title(), "", "", "", "", sectionNote(section, report));
                if (!"OK".equals(section.status())) {
                    record(printer, "", NO_DATA, "", "", "", "", missing(section, report.year(), false));
                }
                int n = 1;
                for (ReportRow row : section.rows()) {
                    record(printer, n++, row.label(), unitName(row.unit()), plain(row.value()),
                            plain(row.previousValue()), plain(row.difference()), "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Text cells neutralized against formula injection (section titles and labels come from the services). */
    private static void record(CSVPrinter printer, Object... values) throws IOException {
        printer.printRecord(java.util.Arrays.stream(values).map(CellText::neutralize).toList());
    }

    private static void record(CSVPrinter printer, List<?> values) throws IOException {
        printer.printRecord(values.stream().map(CellText::neutralize).toList());
    }

    private static String sectionNote(ReportSection section, AnnualReport report) {
        List<String> notes = new ArrayList<>();
        if (!"OK".equals(section.status())) {
            notes.add(missing(section, report.year(), false));
        }
        if ("OK".equals(section.status()) && !"OK".equals(section.previousYearStatus())) {
            notes.add(missing(section, report.previousYear(), true));
        }
        return String.join("; ", notes);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String roman(int index) {
        return index < ROMAN.length ? ROMAN[index] : Integer.toString(index + 1);
    }

    // ---- xlsx ----

    static final String SHEET = "Báo cáo năm";

    static byte[] xlsx(AnnualReport report) {
        // streaming workbook: rows go to a temporary file, not the heap
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet sheet = workbook.createSheet(SHEET + " " + report.year());
            DataFormat formats = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle boldStyle = workbook.createCellStyle();
            boldStyle.setFont(bold);
            CellStyle count = workbook.createCellStyle();
            count.setDataFormat(formats.getFormat("#,##0"));
            CellStyle countDifference = workbook.createCellStyle();
            countDifference.setDataFormat(formats.getFormat("+#,##0;-#,##0;0"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(formats.getFormat("0.0%"));
            CellStyle percentDifference = workbook.createCellStyle();
            percentDifference.setDataFormat(formats.getFormat("+0.0%;-0.0%;0.0%"));

            int r = 0;
            text(sheet.createRow(r++), 0, title(report).toUpperCase(java.util.Locale.forLanguageTag("vi")), boldStyle);
            Row organization = sheet.createRow(r++);
            text(organization, 0, "Tổ chức", null);
            text(organization, 1, report.organizationId().toString(), null);
            if (report.partial()) {
                Row note = sheet.createRow(r++);
                text(note, 0, "Lưu ý", boldStyle);
                text(note, 1, "Báo cáo chưa đầy đủ: có nguồn số liệu không phản hồi (xem Ghi chú)", boldStyle);
            }
            Row header = sheet.createRow(r++);
            List<String> headers = headers(report);
            for (int c = 0; c < headers.size(); c++) {
                text(header, c, headers.get(c), boldStyle);
            }
            sheet.createFreezePane(0, r);
            for (int s = 0; s < report.sections().size(); s++) {
                ReportSection section = report.sections().get(s);
                Row sectionRow = sheet.createRow(r++);
                text(sectionRow, 0, roman(s), boldStyle);
                text(sectionRow, 1, section.title(), boldStyle);
                String note = sectionNote(section, report);
                if (!note.isEmpty()) {
                    text(sectionRow, 6, note, null);
                }
                if (!"OK".equals(section.status())) {
                    Row missing = sheet.createRow(r++);
                    text(missing, 1, NO_DATA, null);
                    text(missing, 6, missing(section, report.year(), false), null);
                }
                int n = 1;
                for (ReportRow row : section.rows()) {
                    Row line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(n++);
                    text(line, 1, row.label(), null);
                    text(line, 2, unitName(row.unit()), null);
                    boolean isPercent = row.unit() == Unit.PERCENT;
                    number(line, 3, row.value(), isPercent, isPercent ? percent : count);
                    number(line, 4, row.previousValue(), isPercent, isPercent ? percent : count);
                    number(line, 5, row.difference(), isPercent, isPercent ? percentDifference : countDifference);
                }
            }
            int[] widths = {6, 62, 8, 14, 14, 22, 60};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
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
                // the temporary files were removed by dispose()
            }
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(CellText.neutralize(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A numeric cell; percentages as fractions (98.2 → 0.982 shown "98.2%"); empty when the figure is missing. */
    private static void number(Row row, int column, BigDecimal value, boolean isPercent, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value.abs().compareTo(EXACT_IN_DOUBLE) > 0) {
            cell.setCellValue(value.toPlainString());
            return;
        }
        cell.setCellValue(isPercent ? value.divide(HUNDRED).doubleValue() : value.doubleValue());
        cell.setCellStyle(style);
    }
}
