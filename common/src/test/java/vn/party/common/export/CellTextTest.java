package vn.party.common.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void formulaStartsAreNeutralized() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", CellText.neutralize("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+cmd|' /C calc'!A0", CellText.neutralize("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", CellText.neutralize("-2+3"));
        assertEquals("'@SUM(A1:A9)", CellText.neutralize("@SUM(A1:A9)"));
        assertEquals("'\t=1", CellText.neutralize("\t=1"));
        assertEquals("'\r=1", CellText.neutralize("\r=1"));
    }

    @Test
    void ordinaryTextAndNumbersStay() {
        assertEquals("Sở Tài chính", CellText.neutralize("Sở Tài chính"));
        assertEquals("-5", CellText.neutralize("-5"));
        assertEquals("+84912345678", CellText.neutralize("+84912345678"));
        assertEquals("-12.5", CellText.neutralize("-12.5"));
        assertEquals("a=b", CellText.neutralize("a=b"));
        assertNull(CellText.neutralize((String) null));
        assertEquals(7, CellText.neutralize((Object) 7));
    }
}
