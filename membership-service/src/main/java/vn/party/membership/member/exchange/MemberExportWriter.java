package vn.party.membership.member.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the export one row at a time, so the file is never whole in memory: CSV goes straight to the response,
 * xlsx through POI's streaming workbook (at most {@link #WINDOW} rows on the heap, the rest in a compressed
 * temporary file that {@link #close()} deletes) and is zipped into the response at {@link #finish()}.
 */
abstract sealed class MemberExportWriter implements AutoCloseable {

    /** Rows an xlsx sheet keeps in memory before flushing them to its temporary file. */
    static final int WINDOW = 100;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static MemberExportWriter of(MemberExport.Format format, OutputStream out) throws IOException {
        return format == MemberExport.Format.XLSX ? new Xlsx(out) : new Csv(out);
    }

    /** One member's values in {@link MemberExport#HEADERS} order, already neutralized. */
    abstract void row(List<Object> values) throws IOException;

    /** Completes the file on the output (which stays open: the server closes it). */
    abstract void finish() throws IOException;

    @Override
    public void close() {
    }

    /** UTF-8 with a byte-order mark, so Excel shows the Vietnamese text right; comma-separated, RFC 4180. */
    static final class Csv extends MemberExportWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    CSVFormat.RFC4180);
            printer.printRecord(MemberExport.HEADERS);
        }

        @Override
        void row(List<Object> values) throws IOException {
            printer.printRecord(values.stream().map(value -> value instanceof LocalDate date ? DATE.format(date)
                    : value).toList());
        }

        @Override
        void finish() throws IOException {
            printer.flush();
        }
    }

    /**
     * Bold frozen header, real date cells shown dd/mm/yyyy, numbers (CCCD, card, phone) as text so their leading
     * zeros stay. Strings are written inline (no shared-strings table), which keeps memory flat too.
     */
    static final class Xlsx extends MemberExportWriter {
        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        private final Sheet sheet;
        private final CellStyle dateStyle;
        private int next = 1;

        Xlsx(OutputStream out) {
            this.out = out;
            workbook.setCompressTempFiles(true);
            sheet = workbook.createSheet(MemberExport.SHEET_NAME);
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < MemberExport.HEADERS.size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(MemberExport.HEADERS.get(c));
                cell.setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            // fixed widths (in characters): autosizing needs AWT fonts, which a server image may not have
            int[] widths = {6, 28, 9, 12, 10, 12, 28, 15, 15, 13, 18, 16, 24, 32, 14, 14, 14, 16, 14, 36};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
        }

        @Override
        void row(List<Object> values) {
            Row row = sheet.createRow(next++);
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

        @Override
        void finish() throws IOException {
            workbook.write(out);
            out.flush();
        }

        @Override
        public void close() {
            workbook.dispose(); // deletes the temporary file, also when the client went away mid-download
            try {
                workbook.close();
            } catch (IOException ignored) {
                // nothing left to release: dispose() removed the temporary file
            }
        }
    }
}
