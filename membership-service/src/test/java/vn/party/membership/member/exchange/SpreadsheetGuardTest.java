package vn.party.membership.member.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.party.common.problem.ProblemException;

class SpreadsheetGuardTest {

    @Test
    void anExportedWorkbookPasses() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (MemberExportWriter writer = MemberExportWriter.of(MemberExport.Format.XLSX, out)) {
            writer.row(java.util.List.of(1, "Nguyễn Văn An"));
            writer.finish();
        }
        SpreadsheetGuard.check(out.toByteArray(), 20000);
    }

    @Test
    void columnLettersCount() {
        assertEquals(1, SpreadsheetGuard.columnNumber("A1"));
        assertEquals(27, SpreadsheetGuard.columnNumber("AA3"));
        assertEquals(16384, SpreadsheetGuard.columnNumber("XFD1048576"));
    }

    @Test
    void aCellInColumnXfdStopsTheScanAtOnce() throws Exception {
        byte[] file = ImportLimitsApiTest.xfdOnEveryRow(1024 * 1024);
        SpreadsheetGuard.install();
        long started = System.nanoTime();
        ProblemException refused = assertThrows(ProblemException.class, () -> SpreadsheetGuard.check(file, 20000));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("GUARD " + millis + " ms: " + refused.getMessage());
        assertTrue(refused.getMessage().contains("XFD1"), refused.getMessage());
    }
}
