package vn.party.events.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.party.events.commendation.domain.CommendationForm;
import vn.party.events.meeting.MeetingKind;
import vn.party.events.rating.RatingLevel;

/**
 * Producer side of the figures contract's enums: the meeting kinds ({@code meetings.byKind}), rating levels (the
 * counts of {@code ratings.*}) and commendation forms ({@code byForm}) events' statistics give are the contract's
 * constants, in the same order.
 */
class FigureEnumsContractTest {

    @Test
    void meetingKindsAreTheContracts() {
        assertEquals(names(vn.party.contracts.figures.MeetingKind.values()), names(MeetingKind.values()));
    }

    @Test
    void ratingLevelsAreTheContractsBestFirst() {
        assertEquals(names(vn.party.contracts.figures.RatingLevel.values()), names(RatingLevel.values()));
    }

    @Test
    void commendationFormsAreTheContracts() {
        assertEquals(names(vn.party.contracts.figures.CommendationForm.values()), names(CommendationForm.values()));
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
