package vn.party.membership.committee;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.party.common.problem.ProblemException;
import vn.party.membership.committee.domain.CommitteeBody;
import vn.party.membership.committee.domain.CommitteePosition;
import vn.party.membership.committee.domain.CommitteeRules;
import vn.party.membership.committee.domain.TermStatus;

/** The period boundaries of the rules, without a container: start days count, end days do not. */
class CommitteeRulesTest {

    private static final LocalDate START = LocalDate.of(2020, 10, 15);
    private static final LocalDate END = LocalDate.of(2025, 10, 20);

    @Test
    void aSuccessorMayStartTheDayThePredecessorEnds() {
        CommitteeTerm term = term();
        CommitteeAssignment old = post(UUID.randomUUID(), CommitteePosition.SECRETARY, START, LocalDate.of(2023, 4, 1));
        CommitteeAssignment next = post(UUID.randomUUID(), CommitteePosition.SECRETARY, LocalDate.of(2023, 4, 1), null);
        assertDoesNotThrow(() -> CommitteeRules.checkNoClash(next, term, List.of(old)));

        CommitteeAssignment early = post(UUID.randomUUID(), CommitteePosition.SECRETARY, LocalDate.of(2023, 3, 31), null);
        assertEquals("committee.single-secretary", rule(() -> CommitteeRules.checkNoClash(early, term, List.of(old))));
    }

    @Test
    void deputiesMayOverlapButNotTheSamePersonTwice() {
        CommitteeTerm term = term();
        UUID member = UUID.randomUUID();
        CommitteeAssignment one = post(UUID.randomUUID(), CommitteePosition.DEPUTY_SECRETARY, START, null);
        CommitteeAssignment two = post(UUID.randomUUID(), CommitteePosition.DEPUTY_SECRETARY, START, null);
        assertDoesNotThrow(() -> CommitteeRules.checkNoClash(two, term, List.of(one)));

        CommitteeAssignment mine = post(member, CommitteePosition.CHAIR, START, LocalDate.of(2022, 1, 1));
        CommitteeAssignment again = post(member, CommitteePosition.CHAIR, LocalDate.of(2021, 6, 1), null);
        assertEquals("committee.same-post-once", rule(() -> CommitteeRules.checkNoClash(again, term, List.of(mine))));
    }

    @Test
    void aPostLiesInsideItsTermAndEndsWithIt() {
        CommitteeTerm term = term();
        assertDoesNotThrow(() -> CommitteeRules.checkWithinTerm(START, END, term));
        assertEquals("committee.within-term", rule(() -> CommitteeRules.checkWithinTerm(END, null, term)));
        assertEquals("committee.within-term", rule(() -> CommitteeRules.checkWithinTerm(START.minusDays(1), null, term)));
        assertEquals("committee.period", rule(() -> CommitteeRules.checkWithinTerm(START, START, term)));

        CommitteeAssignment open = post(UUID.randomUUID(), CommitteePosition.MEMBER, START, null);
        assertEquals(END, open.heldUntil(term));
        assertTrue(open.heldOn(END.minusDays(1), term));
        assertFalse(open.heldOn(END, term));
        term.status = TermStatus.CLOSED;
        term.closedOn = LocalDate.of(2024, 1, 1);
        assertEquals(LocalDate.of(2024, 1, 1), open.heldUntil(term));
    }

    @Test
    void officialOnTheDayThePostBegins() {
        LocalDate from = LocalDate.of(2021, 1, 1);
        assertDoesNotThrow(() -> CommitteeRules.checkOfficialMember("OFFICIAL", from, from));
        assertEquals("committee.official-member",
                rule(() -> CommitteeRules.checkOfficialMember("OFFICIAL", from.plusDays(1), from)));
        assertEquals("committee.official-member",
                rule(() -> CommitteeRules.checkOfficialMember("EXEMPTED", null, from)));
        assertEquals("committee.position-of-body", rule(() -> CommitteeRules.checkPositionOfBody(
                CommitteeBody.INSPECTION_COMMITTEE, CommitteePosition.DEPUTY_SECRETARY)));
    }

    private static String rule(Runnable check) {
        return assertThrows(ProblemException.class, check::run).errors().get(0).field();
    }

    private static CommitteeTerm term() {
        CommitteeTerm term = new CommitteeTerm();
        term.id = UUID.randomUUID();
        term.label = "2020–2025";
        term.startsOn = START;
        term.endsOn = END;
        term.status = TermStatus.OPEN;
        return term;
    }

    private static CommitteeAssignment post(UUID member, CommitteePosition position, LocalDate from, LocalDate to) {
        CommitteeAssignment post = new CommitteeAssignment();
        post.id = UUID.randomUUID();
        post.memberId = member;
        post.position = position;
        post.body = position.body();
        post.fromDate = from;
        post.toDate = to;
        return post;
    }
}
