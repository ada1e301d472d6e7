package vn.party.membership.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.party.common.problem.ProblemException;
import vn.party.membership.policy.DuesRates;
import vn.party.membership.policy.Fraction;
import vn.party.membership.policy.Policy;
import vn.party.membership.policy.PolicyTimeline;

class DuesRulesTest {

    private static final Fraction TWO_THIRDS = new Fraction(2, 3);
    private static final Policy RULES_2025 = new Policy(LocalDate.of(2025, 1, 1), "QĐ 294-QĐ/TW", 216, 720, 12, 12,
            60, 30, 30, TWO_THIRDS, TWO_THIRDS, 3);

    private static DuesRates rates(String salaryPercent, long unit, long studentAmount) {
        return new DuesRates(new BigDecimal(salaryPercent), new BigDecimal("0.500"), 2_000, 30_000, unit, 3,
                List.of(new DuesRates.Band("STUDENT", "Học sinh, sinh viên", studentAmount),
                        new DuesRates.Band("SELF_EMPLOYED", "Lao động tự do", 30_000)));
    }

    private static DuesRules.Basis salaried(long income, long extra) {
        return new DuesRules.Basis(DuesCategory.SALARIED, income, null, null, extra);
    }

    @Test
    void onePercentOfIncomeRoundsHalfUpToTheThousand() {
        DuesRates charter = DuesRates.CHARTER;
        // 1% of 8,449,999 = 84,499.99 → 84,000; of 8,450,000 = 84,500 → 85,000 (500 đồng and over counts as 1,000)
        assertEquals(84_000, DuesRules.due(salaried(8_449_999, 0), charter).total());
        assertEquals(85_000, DuesRules.due(salaried(8_450_000, 0), charter).total());
        assertEquals(85_000, DuesRules.due(salaried(8_549_999, 0), charter).total());
        // under 50,000 đồng income the due rounds to nothing, from 50,000 it is 1,000
        assertEquals(0, DuesRules.due(salaried(49_999, 0), charter).total());
        assertEquals(1_000, DuesRules.due(salaried(50_000, 0), charter).total());
    }

    @Test
    void wholeDongRoundingKeepsHalfUpAtTheDong() {
        DuesRates exact = rates("1.000", 1, 2_000);
        assertEquals(45_679, DuesRules.due(salaried(4_567_891, 0), exact).total()); // 45,678.91
        assertEquals(45_678, DuesRules.due(salaried(4_567_849, 0), exact).total()); // 45,678.49
        assertEquals(45_679, DuesRules.due(salaried(4_567_850, 0), exact).total()); // 45,678.50
    }

    @Test
    void pensionersPayHalfAPercentAndTheVoluntaryExtraIsAddedAfterRounding() {
        DuesRules.Basis pensioner = new DuesRules.Basis(DuesCategory.PENSIONER, null, 7_300_000L, null, 2_500);
        DuesRules.MonthlyDue due = DuesRules.due(pensioner, DuesRates.CHARTER); // 36,500 → 37,000
        assertEquals(37_000, due.required());
        assertEquals(2_500, due.voluntaryExtra());
        assertEquals(39_500, due.total());
        assertEquals(36_000, DuesRules.due(new DuesRules.Basis(DuesCategory.PENSIONER, null, 7_299_999L, null, 0),
                DuesRates.CHARTER).total());
    }

    @Test
    void othersPayTheirBandsFixedAmountAndAnUnknownBandIsRefused() {
        DuesRates rates = rates("1.000", 1_000, 2_000);
        assertEquals(2_000, DuesRules.due(new DuesRules.Basis(DuesCategory.OTHER, null, null, "STUDENT", 0), rates)
                .total());
        assertEquals(30_000, DuesRules.due(new DuesRules.Basis(DuesCategory.OTHER, null, null, "SELF_EMPLOYED", 0),
                rates).total());
        ProblemException unknown = assertThrows(ProblemException.class, () -> DuesRules.due(
                new DuesRules.Basis(DuesCategory.OTHER, null, null, "FARMER", 0), rates));
        assertEquals(DuesRules.BAND_UNKNOWN, unknown.errors().get(0).field());
    }

    @Test
    void aNewVersionAppliesFromTheMonthOfItsEffectiveDateWhenItIsTheFirst() {
        Policy newer = RULES_2025.withDues(LocalDate.of(2027, 3, 1), rates("1.500", 1_000, 3_000));
        PolicyTimeline timeline = new PolicyTimeline(List.of(RULES_2025, newer));
        UUID basis = UUID.randomUUID();
        DuesLedger ledger = new DuesLedger(LocalDate.of(2020, 5, 10), List.of(),
                List.of(new DuesLedger.BasisEntry(basis, YearMonth.of(2020, 5), salaried(10_000_000, 0))), Map.of(),
                timeline);
        assertEquals(100_000L, ledger.line(YearMonth.of(2027, 2)).due());
        assertEquals(LocalDate.of(2025, 1, 1), ledger.line(YearMonth.of(2027, 2)).policyEffectiveFrom());
        assertEquals(150_000L, ledger.line(YearMonth.of(2027, 3)).due());
        assertEquals(LocalDate.of(2027, 3, 1), ledger.line(YearMonth.of(2027, 3)).policyEffectiveFrom());
    }

    @Test
    void aVersionEffectiveMidMonthAppliesFromTheNextMonth() {
        Policy newer = RULES_2025.withDues(LocalDate.of(2027, 3, 2), rates("1.500", 1_000, 3_000));
        PolicyTimeline timeline = new PolicyTimeline(List.of(RULES_2025, newer));
        DuesLedger ledger = new DuesLedger(LocalDate.of(2020, 5, 10), List.of(),
                List.of(new DuesLedger.BasisEntry(UUID.randomUUID(), YearMonth.of(2020, 5), salaried(10_000_000, 0))),
                Map.of(), timeline);
        assertEquals(100_000L, ledger.line(YearMonth.of(2027, 3)).due());
        assertEquals(150_000L, ledger.line(YearMonth.of(2027, 4)).due());
    }

    @Test
    void monthsAreOwedFromTheMonthOfAdmissionWhileOnTheRoll() {
        PolicyTimeline timeline = new PolicyTimeline(List.of(RULES_2025));
        // admitted 2025-06-30, exempted in September (still owed), removed 2025-11-01, so October is the last
        DuesLedger ledger = new DuesLedger(LocalDate.of(2025, 6, 30), List.of(
                new DuesLedger.StatusEntry(LocalDate.of(2025, 6, 30), true),
                new DuesLedger.StatusEntry(LocalDate.of(2025, 9, 1), true),
                new DuesLedger.StatusEntry(LocalDate.of(2025, 11, 1), false)), List.of(), Map.of(), timeline);
        assertTrue(ledger.beforeAdmission(YearMonth.of(2025, 5)));
        assertFalse(ledger.owed(YearMonth.of(2025, 5)));
        assertTrue(ledger.owed(YearMonth.of(2025, 6)));
        assertTrue(ledger.owed(YearMonth.of(2025, 10)));
        assertFalse(ledger.owed(YearMonth.of(2025, 11)));
        assertEquals(DuesLedger.State.NO_BASIS, ledger.line(YearMonth.of(2025, 7)).state());
        assertNull(ledger.line(YearMonth.of(2025, 7)).due());

        // removed on 2025-11-02: November is still owed (on the roll on the 1st)
        DuesLedger later = new DuesLedger(LocalDate.of(2025, 6, 30), List.of(
                new DuesLedger.StatusEntry(LocalDate.of(2025, 11, 2), false)), List.of(), Map.of(), timeline);
        assertTrue(later.owed(YearMonth.of(2025, 11)));
        assertFalse(later.owed(YearMonth.of(2025, 12)));
    }

    @Test
    void paymentsMakeAMonthPartialThenPaidAndTheBasisInForceIsTheLatestFromThatMonth() {
        PolicyTimeline timeline = new PolicyTimeline(List.of(RULES_2025));
        UUID first = UUID.randomUUID();
        UUID raise = UUID.randomUUID();
        DuesLedger ledger = new DuesLedger(LocalDate.of(2024, 1, 15), List.of(), List.of(
                new DuesLedger.BasisEntry(raise, YearMonth.of(2025, 7), salaried(9_000_000, 0)),
                new DuesLedger.BasisEntry(first, YearMonth.of(2024, 1), salaried(6_000_000, 1_000))),
                Map.of(YearMonth.of(2025, 6), 3_000L, YearMonth.of(2025, 7), 90_000L), timeline);
        DuesLedger.Line june = ledger.line(YearMonth.of(2025, 6));
        assertEquals(first, june.basisId());
        assertEquals(61_000L, june.due());
        assertEquals(DuesLedger.State.PARTIAL, june.state());
        assertEquals(58_000L, june.outstanding());
        assertTrue(june.unpaid());
        DuesLedger.Line july = ledger.line(YearMonth.of(2025, 7));
        assertEquals(raise, july.basisId());
        assertEquals(DuesLedger.State.PAID, july.state());
        assertEquals(0L, july.outstanding());
        assertFalse(july.unpaid());
        assertEquals(DuesLedger.State.UNPAID, ledger.line(YearMonth.of(2025, 8)).state());
    }
}
