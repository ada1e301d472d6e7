package vn.party.membership.member;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.membership.member.domain.MemberRules;
import vn.party.membership.member.domain.MemberStatus;

class MemberRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static List<String> broken(MemberRules.Dates dates, MemberStatus status) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> MemberRules.checkDates(dates, status, 216, 12, TODAY));
        return e.errors().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void ageAtAdmissionIsCountedInMonths() {
        LocalDate born = LocalDate.of(2000, 6, 15);
        assertDoesNotThrow(() -> MemberRules.checkDates(new MemberRules.Dates(born, null, LocalDate.of(2018, 6, 15), null),
                MemberStatus.PROBATIONARY, 216, 12, TODAY));
        assertEquals(List.of("member.admission-age"),
                broken(new MemberRules.Dates(born, null, LocalDate.of(2018, 6, 14), null), MemberStatus.PROBATIONARY));
    }

    @Test
    void officialDateIsAtLeastTheProbationAfterTheCeremony() {
        LocalDate born = LocalDate.of(1990, 1, 1);
        LocalDate ceremony = LocalDate.of(2020, 3, 31);
        assertDoesNotThrow(() -> MemberRules.checkDates(new MemberRules.Dates(born, null, ceremony, LocalDate.of(2021, 3, 31)),
                MemberStatus.OFFICIAL, 216, 12, TODAY));
        assertEquals(List.of("member.probation"),
                broken(new MemberRules.Dates(born, null, ceremony, LocalDate.of(2021, 3, 30)), MemberStatus.OFFICIAL));
    }

    @Test
    void everyBrokenRuleIsListed() {
        List<String> fields = broken(new MemberRules.Dates(LocalDate.of(1990, 1, 1), LocalDate.of(2020, 5, 2),
                LocalDate.of(2020, 5, 1), null), MemberStatus.OFFICIAL);
        assertEquals(List.of("member.ceremony-after-decision", "officialDate"), fields);
        assertEquals(List.of("admissionDate"), broken(new MemberRules.Dates(LocalDate.of(1990, 1, 1), null,
                TODAY.plusDays(1), null), MemberStatus.PROBATIONARY));
    }
}
