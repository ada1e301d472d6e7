package vn.party.contracts.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A year's inspection, supervision and discipline figures of a subtree: {@code visits} are "lượt" (each inspection of
 * an organization once), {@code organizations} and {@code members} distinct targets.
 */
public record InspectionFigures(UUID organizationId, int year, LocalDate asOf, long organizations,
        Inspections inspections, Targets signsOfViolation, Visits supervisions, Discipline discipline, long suspensions,
        Flow complaints, Flow denunciations) {

    public record Visits(long visits, long organizations, long members) {
    }

    /** {@code kind}: an inspection kind's name (COMPLIANCE, SIGNS_OF_VIOLATION...). */
    public record KindVisits(String kind, long visits, long organizations, long members) {
    }

    public record Inspections(long visits, long organizations, long members, List<KindVisits> byKind) {
    }

    public record Targets(long organizations, long members) {
    }

    /** {@code total}: distinct members (organizations) disciplined; {@code byForm}: decisions per decided form. */
    public record Disciplined(long total, Map<String, Long> byForm) {
    }

    public record Discipline(Disciplined members, Disciplined organizations) {
    }

    public record Flow(long received, long resolved) {
    }
}
