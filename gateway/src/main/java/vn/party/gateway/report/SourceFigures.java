package vn.party.gateway.report;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.figures.CommendationFigures;
import vn.party.contracts.figures.EventsFigures;
import vn.party.contracts.figures.InspectionFigures;
import vn.party.contracts.figures.MembershipFigures;
import vn.party.gateway.compose.Outcome;

/**
 * The sources' answers as the typed figures of the contract ({@code vn.party.contracts.figures}): an answer that does
 * not parse (an unknown or renamed field, a wrong type, a count missing or null) breaks the contract and its source
 * counts as unavailable.
 */
final class SourceFigures {

    /** Why a source's sections are empty when its answer broke the contract. */
    static final String CONTRACT = Outcome.CONTRACT;

    static final Map<String, Class<?>> TYPES = Map.of(
            ReportFigures.MEMBERSHIP, MembershipFigures.class,
            ReportFigures.INSPECTION, InspectionFigures.class,
            ReportFigures.EVENTS, EventsFigures.class,
            ReportFigures.COMMENDATIONS, CommendationFigures.class);

    /** Strict, and a count (a primitive of the record) missing or null breaks the contract: never a made-up 0. */
    private static final ObjectMapper MAPPER = ContractExamples.consumerMapper();

    private SourceFigures() {
    }

    /** The answer as its source's record; empty when it breaks the contract. */
    static Optional<Object> typed(String source, JsonNode body) {
        try {
            return Optional.of(MAPPER.treeToValue(body, TYPES.get(source)));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** What a source says it counted: the date its subtree was taken on and how many organizations it held. */
    static ReportSubtree subtree(String source, Object figures) {
        if (figures instanceof MembershipFigures m) {
            return new ReportSubtree(source, m.asOf(), m.organizations());
        }
        if (figures instanceof InspectionFigures i) {
            return new ReportSubtree(source, i.asOf(), i.organizations());
        }
        if (figures instanceof EventsFigures e) {
            return new ReportSubtree(source, e.asOf(), e.organizations());
        }
        if (figures instanceof CommendationFigures c) {
            return new ReportSubtree(source, c.asOf(), c.organizations());
        }
        throw new IllegalArgumentException("Not a figures record: " + figures);
    }
}
