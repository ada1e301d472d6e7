package vn.party.inspection.statistics.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.inspection.InspectionKind;

/**
 * The year's figures of a subtree, in the contract the gateway's year-end report reads (docs/inspections.md):
 * {@code visits} are "lượt" (each inspection of an organization once), {@code organizations} and {@code members}
 * distinct targets.
 */
public record StatisticsView(UUID organizationId, int year,
        @Schema(description = "The date the subtree was taken on (31 December of the year unless asked)") LocalDate asOf,
        @Schema(description = "How many organizations the subtree counted (ceased predecessors included)") long organizations,
        Inspections inspections, Targets signsOfViolation,
        Visits supervisions, Discipline discipline, long suspensions, Flow complaints, Flow denunciations) {

    public record Visits(long visits, long organizations, long members) {
    }

    public record KindVisits(InspectionKind kind, long visits, long organizations, long members) {
    }

    public record Inspections(long visits, long organizations, long members, List<KindVisits> byKind) {
    }

    public record Targets(long organizations, long members) {
    }

    /** {@code total}: distinct members (organizations) disciplined; {@code byForm}: decisions per decided form. */
    public record Disciplined(long total, Map<DisciplineForm, Long> byForm) {
    }

    public record Discipline(Disciplined members, Disciplined organizations) {
    }

    public record Flow(long received, long resolved) {
    }
}
