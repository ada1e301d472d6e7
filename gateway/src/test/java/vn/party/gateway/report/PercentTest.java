package vn.party.gateway.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void roundsHalfUpToOneDecimalFromCounts() {
        assertEquals(new BigDecimal("98.2"), Percent.of(BigDecimal.valueOf(55), BigDecimal.valueOf(56)));
        assertEquals(new BigDecimal("6.3"), Percent.of(BigDecimal.ONE, BigDecimal.valueOf(16)));
        assertEquals(new BigDecimal("100.0"), Percent.of(BigDecimal.valueOf(30), BigDecimal.valueOf(30)));
        assertEquals(new BigDecimal("0.0"), Percent.of(BigDecimal.ZERO, BigDecimal.valueOf(7)));
        // 2/3 = 66.666…
        assertEquals(new BigDecimal("66.7"), Percent.of(BigDecimal.valueOf(2), BigDecimal.valueOf(3)));
    }

    @Test
    void nothingToDivideByIsNoFigureNotZero() {
        assertNull(Percent.of(BigDecimal.ONE, BigDecimal.ZERO));
        assertNull(Percent.of(null, BigDecimal.TEN));
    }

    @Test
    void aSourcesOwnPercentIsRoundedHalfUp() {
        assertEquals(new BigDecimal("96.5"), Percent.rounded(new BigDecimal("96.45")));
        assertEquals(new BigDecimal("96.4"), Percent.rounded(new BigDecimal("96.44")));
    }
}
