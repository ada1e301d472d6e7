package vn.party.membership.member.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;

/** Reads CSV (UTF-8, {@code ,} or {@code ;} or tab, quoted fields) and xlsx files into raw rows. */
final class MemberFileReader {

    enum Format {
        CSV, XLSX;

        /** By content: an xlsx file is a zip archive ("PK\3\4"); anything else is read as CSV text. */
        static Format sniff(byte[] content) {
            return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4
                    ? XLSX : CSV;
        }
    }

    private MemberFileReader() {
    }

    static MemberSheet read(byte[] content, Format format, int maxRows) {
        if (content.length == 0) {
            throw badFile("Tệp rỗng (the file is empty)");
        }
        List<MemberSheet.RawRow> rows = format == Format.XLSX ? xlsx(content, maxRows) : csv(content, maxRows);
        return MemberSheet.of(rows, maxRows);
    }

    static List<MemberSheet.RawRow> csv(byte[] content, int maxRows) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw badFile("Tệp CSV không phải UTF-8: trong Excel chọn \"CSV UTF-8\" khi lưu"
                    + " (the CSV file is not UTF-8: save it as \"CSV UTF-8\")");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<MemberSheet.RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() > maxRows + MemberSheet.HEADER_SEARCH_ROWS) {
                    break; // MemberSheet refuses the file; no need to read the rest
                }
                if (record.size() > SpreadsheetGuard.MAX_COLUMNS) {
                    throw badFile("Dòng " + record.getRecordNumber() + " có quá " + SpreadsheetGuard.MAX_COLUMNS
                            + " cột (row " + record.getRecordNumber() + " has more than " + SpreadsheetGuard.MAX_COLUMNS
                            + " columns)");
                }
                List<MemberSheet.Cell> cells = new ArrayList<>(record.size());
                record.forEach(value -> cells.add(MemberSheet.Cell.text(value)));
                rows.add(new MemberSheet.RawRow((int) record.getRecordNumber(), cells));
            }
        } catch (ProblemException problem) {
            throw problem;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw badFile("Tệp CSV không đọc được: " + safeMessage(e) + " (the CSV file cannot be parsed)");
        }
        return rows;
    }

    /** The separator the first line uses most: {@code ;} (Excel with a Vietnamese locale), {@code ,} or tab. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    static List<MemberSheet.RawRow> xlsx(byte[] content, int maxRows) {
        SpreadsheetGuard.check(content, maxRows); // before the whole sheet is loaded: width, length, zip expansion
        List<MemberSheet.RawRow> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw badFile("Tệp Excel không có trang tính nào (the workbook has no sheet)");
            }
            Sheet sheet = workbook.getSheetAt(0);
            int last = Math.min(sheet.getLastRowNum(), maxRows + MemberSheet.HEADER_SEARCH_ROWS + 1);
            for (int r = 0; r <= last; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                List<MemberSheet.Cell> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.min(Math.max(row.getLastCellNum(), 0), SpreadsheetGuard.MAX_COLUMNS); c++) {
                        cells.add(cell(row.getCell(c)));
                    }
                }
                rows.add(new MemberSheet.RawRow(r + 1, cells));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw badFile("Tệp Excel (xlsx) không đọc được (the xlsx file cannot be read)");
        }
        return rows;
    }

    private static MemberSheet.Cell cell(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell == null) {
            return MemberSheet.Cell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> MemberSheet.Cell.text(cell.getStringCellValue());
            case BOOLEAN -> MemberSheet.Cell.text(Boolean.toString(cell.getBooleanCellValue()));
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    var date = cell.getLocalDateTimeCellValue().toLocalDate();
                    yield new MemberSheet.Cell(date.toString(), null, date);
                }
                double value = cell.getNumericCellValue();
                yield new MemberSheet.Cell(plain(value), value, null);
            }
            default -> MemberSheet.Cell.BLANK;
        };
    }

    /** 1.08501234E11 → "108501234000"; 12.5 → "12.5". */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String safeMessage(Exception e) {
        String message = e.getMessage();
        return message == null ? "" : message.replaceAll("[\\r\\n]+", " ");
    }

    private static ProblemException badFile(String detail) {
        return new ProblemException(ProblemType.VALIDATION, detail, List.of(new Problem.FieldError("file", detail)));
    }
}
