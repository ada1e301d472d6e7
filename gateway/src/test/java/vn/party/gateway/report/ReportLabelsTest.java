package vn.party.gateway.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.party.contracts.effects.DisciplineForm;
import vn.party.contracts.figures.CommendationForm;
import vn.party.contracts.figures.InspectionKind;
import vn.party.contracts.figures.MeetingKind;
import vn.party.contracts.figures.RatingLevel;

/** Every constant of the contract's enums the report shows has its own Vietnamese heading. */
class ReportLabelsTest {

    private static final List<Class<? extends Enum<?>>> SHOWN = List.of(InspectionKind.class, DisciplineForm.class,
            MeetingKind.class, RatingLevel.class, CommendationForm.class);

    @Test
    void everyContractConstantHasItsOwnHeading() {
        for (Class<? extends Enum<?>> type : SHOWN) {
            List<String> labels = Arrays.stream(type.getEnumConstants()).map(ReportLabels::label).toList();
            labels.forEach(label -> assertFalse(label.isBlank(), type.getSimpleName()));
            assertEquals(labels.size(), labels.stream().distinct().count(), type.getSimpleName() + ": " + labels);
            for (Enum<?> constant : type.getEnumConstants()) {
                assertFalse(labels.contains(constant.name()), constant + " is shown by its code");
            }
        }
    }

    @Test
    void aKeyTheGatewayDoesNotKnowIsShownAsItIs() {
        assertEquals("Khiển trách", ReportLabels.of(DisciplineForm.class, "REPRIMAND"));
        assertEquals("NEW_FORM", ReportLabels.of(DisciplineForm.class, "NEW_FORM"));
    }
}
