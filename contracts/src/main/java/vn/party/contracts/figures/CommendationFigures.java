package vn.party.contracts.figures;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A year's commendations of a subtree; {@code byForm} per commendation form's name (decided that year). */
public record CommendationFigures(UUID organizationId, int year, LocalDate asOf, long organizations, long total,
        Map<String, Long> byForm, long organizationsCommended, long grassrootsOrganizationsCommended,
        long membersCommended, long badgesAwarded, long badgesRevoked) {
}
