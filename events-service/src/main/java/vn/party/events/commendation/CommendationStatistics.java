package vn.party.events.commendation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import vn.party.common.security.ScopeGuard;
import vn.party.events.commendation.domain.CommendationForm;
import vn.party.events.commendation.domain.IssuingLevel;
import vn.party.events.commendation.domain.RecipientKind;
import vn.party.replica.OrganizationTimeline;

/** The commendations part of the year-end report. */
@ApplicationScoped
public class CommendationStatistics {

    public record Statistics(UUID organizationId, int year, LocalDate asOf, long organizations, long total,
            Map<CommendationForm, Long> byForm, long organizationsCommended, long grassrootsOrganizationsCommended,
            long membersCommended, long badgesAwarded, long badgesRevoked) {
    }

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    OrganizationTimeline timeline;

    /**
     * Year figures for the subtree of {@code organizationId}: commendations decided that year (all forms, badges
     * later revoked included), distinct organizations and grassroots organizations commended as collectives,
     * distinct members commended, badges awarded that year and badges revoked that year. The subtree is the one on
     * {@code asOf} (docs/architecture.md, "Time"): a commendation counts when its organization is in it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Statistics statistics(@NotNull UUID organizationId, int year, @NotNull LocalDate asOf) {
        scopeGuard.requireRead(organizationId);
        Set<UUID> inside = new HashSet<>(timeline.subtreeOn(organizationId, asOf));
        inside.add(organizationId);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        List<Commendation> rows = Commendation.list("(decisionDate >= ?1 and decisionDate < ?2) "
                + "or (revokedOn >= ?1 and revokedOn < ?2)", from, to);
        Map<CommendationForm, Long> byForm = new LinkedHashMap<>();
        for (CommendationForm form : CommendationForm.values()) {
            byForm.put(form, 0L);
        }
        long total = 0;
        long badgesAwarded = 0;
        long badgesRevoked = 0;
        Set<UUID> organizations = new HashSet<>();
        Set<UUID> grassroots = new HashSet<>();
        Set<UUID> members = new HashSet<>();
        for (Commendation c : rows) {
            if (!inside.contains(c.organizationId)) {
                continue;
            }
            boolean decidedInYear = !c.decisionDate.isBefore(from) && c.decisionDate.isBefore(to);
            if (decidedInYear) {
                total++;
                byForm.merge(c.form, 1L, Long::sum);
                if (c.recipientKind == RecipientKind.MEMBER) {
                    members.add(c.memberId);
                } else {
                    organizations.add(c.organizationId);
                    if (IssuingLevel.GRASSROOTS_TYPES.contains(c.organizationType)) {
                        grassroots.add(c.organizationId);
                    }
                }
                if (c.form.isBadge()) {
                    badgesAwarded++;
                }
            }
            if (c.revokedOn != null && !c.revokedOn.isBefore(from) && c.revokedOn.isBefore(to)) {
                badgesRevoked++;
            }
        }
        return new Statistics(organizationId, year, asOf, inside.size(), total, byForm, organizations.size(), grassroots.size(),
                members.size(), badgesAwarded, badgesRevoked);
    }

}
