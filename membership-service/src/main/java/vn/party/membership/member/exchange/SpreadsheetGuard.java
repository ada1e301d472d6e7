package vn.party.membership.member.exchange;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;

/**
 * Limits an uploaded xlsx before it is loaded as a workbook, so a small file cannot expand into gigabytes of cells:
 * in one streaming pass over the zip, the bytes each entry inflates, and in every sheet's XML at most
 * {@value #MAX_COLUMNS} columns and a bounded number of rows. The pass stops at the first offending cell, so a file
 * with a cell in column XFD is refused at once and in constant memory. POI's own {@link ZipSecureFile} limits
 * (minimum inflate ratio, largest entry) are set to the same values for the workbook load that follows.
 */
final class SpreadsheetGuard {

    /** The member sheet has about 20 columns; anything past this is not a member list. */
    static final int MAX_COLUMNS = 100;
    /** An entry may expand at most 100 times (a zip bomb expands thousands of times). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of a member workbook comes near this once unzipped. */
    static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    private SpreadsheetGuard() {
    }

    /** Ensures the static limits are in place (they are set once, when this class loads). */
    static void install() {
        // the static initializer did it
    }

    /**
     * Refuses (400, field {@code file}) a workbook any of whose sheets is too wide or too long to be a member list, or
     * whose entries expand beyond the limits. Every sheet is scanned, since loading the workbook loads them all. The
     * zip is read as a stream (no entry is held in memory), and the bytes it inflates are counted: more than
     * {@code 1 / MIN_INFLATE_RATIO} times the upload, or one entry over {@value #MAX_ENTRY_SIZE} bytes, is refused.
     */
    static void check(byte[] content, int maxRows) {
        install();
        long inflateBudget = (long) (content.length / MIN_INFLATE_RATIO);
        // commons-compress (POI's own zip reader) rather than java.util.zip, which refuses the data descriptors that
        // POI's streaming writer (our export) leaves behind
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true,
                true)) {
            long inflated = 0;
            for (ZipArchiveEntry entry; (entry = zip.getNextZipEntry()) != null; ) {
                Budget budget = new Budget(zip, Math.min(MAX_ENTRY_SIZE, inflateBudget - inflated));
                if (entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml")) {
                    scan(budget, maxRows);
                }
                budget.transferTo(OutputStream.nullOutputStream());
                inflated += budget.count;
            }
        } catch (ProblemException problem) {
            throw problem;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw refused("Tệp Excel (xlsx) không đọc được hoặc giải nén quá lớn (the xlsx file cannot be read or"
                    + " expands too much)");
        }
    }

    /** Reads one entry, failing once it has inflated more than its budget; closing it leaves the zip open. */
    private static final class Budget extends FilterInputStream {
        private final long limit;
        long count;

        Budget(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new IOException("zip entry expands beyond the limit");
            }
        }

        @Override
        public void close() {
            // the zip stream goes on to the next entry
        }
    }

    private static void scan(InputStream sheet, int maxRows) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(sheet);
        int rows = 0;
        int rowLimit = maxRows + MemberSheet.HEADER_SEARCH_ROWS + 1;
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if ("row".equals(name) && ++rows > rowLimit) {
                    throw refused("Tệp có quá " + maxRows + " dòng (the file has more than " + maxRows + " rows)");
                }
                if ("c".equals(name)) {
                    String reference = xml.getAttributeValue(null, "r");
                    if (reference != null && columnNumber(reference) > MAX_COLUMNS) {
                        throw refused("Ô " + reference + " nằm ngoài " + MAX_COLUMNS + " cột đầu; danh sách đảng viên"
                                + " không rộng như vậy (cell " + reference + " is beyond the first " + MAX_COLUMNS
                                + " columns)");
                    }
                }
            }
        } finally {
            xml.close();
        }
    }

    /** "XFD17" → 16384; "A1" → 1. */
    static int columnNumber(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && i < 4; i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column;
    }

    static ProblemException refused(String detail) {
        return new ProblemException(ProblemType.VALIDATION, detail, List.of(new Problem.FieldError("file", detail)));
    }
}
