package vn.party.gateway.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.figures.CommendationFigures;
import vn.party.contracts.figures.EventsFigures;
import vn.party.contracts.figures.InspectionFigures;
import vn.party.contracts.figures.MembershipFigures;
import vn.party.gateway.compose.Outcome;
import vn.party.gateway.report.AnnualReportService.Source;

/**
 * Consumer side of the figures contract: the gateway parses every example into its record, shows what subtree each
 * source counted and whether they agree, and treats an answer that breaks the contract as its source unavailable.
 */
class FiguresContractConsumerTest {

    private static final UUID ORGANIZATION = UUID.fromString("8f14e45f-ceea-467f-a0e6-1b2c3d4e5f60");

    @Test
    void theExamplesParseIntoTheRecords() {
        assertEquals(4, ContractExamples.parse("figures/membership.json", MembershipFigures.class).organizations());
        assertEquals(3, ContractExamples.parse("figures/inspection.json", InspectionFigures.class).inspections().visits());
        assertEquals("15000000", ContractExamples.parse("figures/events.json", EventsFigures.class).campaigns()
                .contributionsVnd());
        assertEquals(LocalDate.of(2025, 12, 31), ContractExamples.parse("figures/commendations.json",
                CommendationFigures.class).asOf());
        for (var type : SourceFigures.TYPES.entrySet()) {
            assertTrue(SourceFigures.typed(type.getKey(), example(type.getKey())).isPresent(), type.getKey());
        }
    }

    @Test
    void theReportShowsEachSourcesSubtreeAndWhetherTheyAgree() {
        AnnualReport report = AnnualReportService.compose(ORGANIZATION, 2025, LocalDate.of(2025, 12, 31), sources(null));
        assertEquals(LocalDate.of(2025, 12, 31), report.asOf());
        assertEquals(List.of(ReportFigures.MEMBERSHIP, ReportFigures.INSPECTION, ReportFigures.EVENTS,
                ReportFigures.COMMENDATIONS), report.subtrees().stream().map(ReportSubtree::source).toList());
        assertTrue(report.subtrees().stream().allMatch(s -> s.organizations() == 4));
        assertTrue(report.sameSubtree());
        assertFalse(report.partial());

        ObjectNode events = (ObjectNode) example(ReportFigures.EVENTS);
        events.put("organizations", 3);
        assertFalse(AnnualReportService.compose(ORGANIZATION, 2025, LocalDate.of(2025, 12, 31),
                sources(events)).sameSubtree());
    }

    @Test
    void anAnswerThatBreaksTheContractMakesItsSourceUnavailable() {
        ObjectNode events = (ObjectNode) example(ReportFigures.EVENTS);
        events.set("meetingsHeld", events.remove("meetings"));
        AnnualReport report = AnnualReportService.compose(ORGANIZATION, 2025, LocalDate.of(2025, 12, 31),
                sources(events));
        assertTrue(report.partial());
        ReportSection meetings = report.sections().stream().filter(s -> s.key().equals("meetings")).findFirst()
                .orElseThrow();
        assertEquals("UNAVAILABLE", meetings.status());
        assertEquals(SourceFigures.CONTRACT, meetings.reason());
    }

    @Test
    void anExampleMissingOneCountMakesItsSourceUnavailableNotZero() {
        ObjectNode events = (ObjectNode) example(ReportFigures.EVENTS);
        ((ObjectNode) events.get("tasks")).remove("done");
        assertTrue(SourceFigures.typed(ReportFigures.EVENTS, events).isEmpty());
        AnnualReport report = AnnualReportService.compose(ORGANIZATION, 2025, LocalDate.of(2025, 12, 31),
                sources(events));
        assertTrue(report.partial());
        for (String key : List.of("ratings", "meetings", "campaigns")) {
            ReportSection section = report.sections().stream().filter(s -> s.key().equals(key)).findFirst()
                    .orElseThrow();
            assertEquals("UNAVAILABLE", section.status(), key);
            assertEquals(SourceFigures.CONTRACT, section.reason(), key);
            assertTrue(section.rows().isEmpty(), key);
        }
        // the other sources' figures stand; events' subtree is not shown as counted
        assertEquals(List.of(ReportFigures.MEMBERSHIP, ReportFigures.INSPECTION, ReportFigures.COMMENDATIONS),
                report.subtrees().stream().map(ReportSubtree::source).toList());

        ObjectNode inspection = (ObjectNode) example(ReportFigures.INSPECTION);
        ((ObjectNode) inspection.get("inspections").get("byKind").get(0)).putNull("visits");
        assertTrue(SourceFigures.typed(ReportFigures.INSPECTION, inspection).isEmpty());
        ObjectNode membership = (ObjectNode) example(ReportFigures.MEMBERSHIP);
        membership.remove("activeMembers");
        assertTrue(SourceFigures.typed(ReportFigures.MEMBERSHIP, membership).isEmpty());
    }

    private static Map<String, Source> sources(JsonNode events) {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (String name : List.of(ReportFigures.MEMBERSHIP, ReportFigures.INSPECTION, ReportFigures.EVENTS,
                ReportFigures.COMMENDATIONS)) {
            JsonNode body = name.equals(ReportFigures.EVENTS) && events != null ? events : example(name);
            sources.put(name, new Source(Outcome.ok(200, body), Outcome.ok(200, example(name))));
        }
        return sources;
    }

    private static JsonNode example(String source) {
        try {
            return ContractExamples.strictMapper().readTree(ContractExamples.json("figures/" + source + ".json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
