package vn.party.gateway.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.gateway.compose.Outcome;
import vn.party.gateway.report.AnnualReportService.Source;

/** The report's decisions from the sources' answers, without HTTP. */
class AnnualReportCompositionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID ORGANIZATION = UUID.randomUUID();

    @Test
    void membershipsRefusalIsTheReportsAnswer() {
        for (int status : new int[] {401, 403, 404}) {
            Map<String, Source> sources = allOk();
            sources.put(ReportFigures.MEMBERSHIP, new Source(Outcome.refused(status, null), ok(membership(2020))));
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> AnnualReportService.compose(ORGANIZATION, 2021, sources));
            assertEquals(status, refused.type().status());
        }
    }

    @Test
    void anotherSourcesRefusalMarksOnlyItsSections() {
        Map<String, Source> sources = allOk();
        sources.put(ReportFigures.INSPECTION, new Source(Outcome.refused(403, null), Outcome.refused(403, null)));

        AnnualReport report = AnnualReportService.compose(ORGANIZATION, 2021, sources);

        assertTrue(report.partial());
        ReportSection inspection = section(report, "inspection");
        assertEquals("FORBIDDEN", inspection.status());
        assertEquals("upstream 403", inspection.reason());
        assertTrue(inspection.rows().isEmpty());
        assertEquals("OK", section(report, "members").status());
    }

    @Test
    void membershipDownStillGivesTheOtherSourcesButNoSourceAtAllIs503() {
        Map<String, Source> sources = allOk();
        sources.put(ReportFigures.MEMBERSHIP, new Source(Outcome.unavailable(Outcome.CONNECTION, 0),
                Outcome.unavailable(Outcome.CONNECTION, 0)));
        AnnualReport report = AnnualReportService.compose(ORGANIZATION, 2021, sources);
        assertTrue(report.partial());
        assertEquals("connection", section(report, "organizations").reason());
        assertEquals("OK", section(report, "commendations").status());

        Map<String, Source> none = new LinkedHashMap<>();
        for (String name : new String[] {ReportFigures.MEMBERSHIP, ReportFigures.INSPECTION, ReportFigures.EVENTS,
                ReportFigures.COMMENDATIONS}) {
            none.put(name, new Source(Outcome.unavailable(Outcome.TIMEOUT, 0), Outcome.unavailable(Outcome.TIMEOUT, 0)));
        }
        ProblemException unavailable = assertThrows(ProblemException.class,
                () -> AnnualReportService.compose(ORGANIZATION, 2021, none));
        assertEquals(ProblemType.SERVICE_UNAVAILABLE, unavailable.type());
    }

    @Test
    void aPartMissingFromASourceIsNullNotZero() throws Exception {
        Map<String, Source> sources = allOk();
        ObjectNode withoutAdmissions = (ObjectNode) JSON.readTree(membership(2021));
        withoutAdmissions.remove("admissions");
        withoutAdmissions.put("activeMembers", 10);
        sources.put(ReportFigures.MEMBERSHIP, new Source(Outcome.ok(200, withoutAdmissions), ok(membership(2020))));

        AnnualReport report = AnnualReportService.compose(ORGANIZATION, 2021, sources);

        assertFalse(report.partial());
        ReportRow admitted = row(report, "members.admitted");
        assertEquals(null, admitted.value());
        assertEquals(null, admitted.difference());
        assertEquals(0, row(report, "members.total").value().compareTo(java.math.BigDecimal.TEN));
    }

    @Test
    void aCountMissingOrNullInAPartBreaksTheContractNeverAMadeUpZero() throws Exception {
        Map<String, Source> sources = allOk();
        ObjectNode withoutCount = (ObjectNode) JSON.readTree(membership(2021));
        ((ObjectNode) withoutCount.get("admissions")).remove("count");
        sources.put(ReportFigures.MEMBERSHIP, new Source(Outcome.ok(200, withoutCount), ok(membership(2020))));
        ObjectNode nullCount = (ObjectNode) JSON.readTree(ReportFixtures.commendations(ORGANIZATION, 2021));
        nullCount.putNull("total");
        sources.put(ReportFigures.COMMENDATIONS, new Source(Outcome.ok(200, nullCount),
                ok(ReportFixtures.commendations(ORGANIZATION, 2020))));

        AnnualReport report = AnnualReportService.compose(ORGANIZATION, 2021, sources);

        assertTrue(report.partial());
        for (String key : new String[] {"organizations", "members", "commendations"}) {
            ReportSection section = section(report, key);
            assertEquals("UNAVAILABLE", section.status(), key);
            assertEquals(SourceFigures.CONTRACT, section.reason(), key);
            assertTrue(section.rows().isEmpty(), key + ": no rows rather than zeros");
        }
        assertEquals("OK", section(report, "inspection").status());
    }

    private static Map<String, Source> allOk() {
        Map<String, Source> sources = new LinkedHashMap<>();
        sources.put(ReportFigures.MEMBERSHIP, new Source(ok(membership(2021)), ok(membership(2020))));
        sources.put(ReportFigures.INSPECTION, new Source(ok(ReportFixtures.inspection(ORGANIZATION, 2021)),
                ok(ReportFixtures.inspection(ORGANIZATION, 2020))));
        sources.put(ReportFigures.EVENTS, new Source(ok(ReportFixtures.events(ORGANIZATION, 2021)),
                ok(ReportFixtures.events(ORGANIZATION, 2020))));
        sources.put(ReportFigures.COMMENDATIONS, new Source(ok(ReportFixtures.commendations(ORGANIZATION, 2021)),
                ok(ReportFixtures.commendations(ORGANIZATION, 2020))));
        return sources;
    }

    private static String membership(int year) {
        return ReportFixtures.membership(ORGANIZATION, year);
    }

    private static Outcome ok(String json) {
        try {
            return Outcome.ok(200, JSON.readTree(json));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ReportSection section(AnnualReport report, String key) {
        return report.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private static ReportRow row(AnnualReport report, String key) {
        return report.sections().stream().flatMap(s -> s.rows().stream()).filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow();
    }
}
