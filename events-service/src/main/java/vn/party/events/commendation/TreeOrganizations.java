package vn.party.events.commendation;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.party.common.problem.ProblemException;
import vn.party.events.commendation.domain.IssuingLevel;
import vn.party.replica.OrganizationPeriod;
import vn.party.replica.ReplicaOrganizations;

/**
 * Organizations as commendations need them (name, type), today's record in this service's replica of the tree: no
 * call to membership.
 */
@ApplicationScoped
public class TreeOrganizations {

    @Inject
    ReplicaOrganizations replica;

    /** Today's record of the organization; empty when the replica holds none. */
    public Optional<OrganizationPeriod> today(UUID id) {
        return replica.today(id);
    }

    /**
     * The organization that decides at {@code level} (404 when unknown; 422 {@link
     * CommendationService#RULE_ISSUER_LEVEL_MISMATCH} when its type is not that level's). {@code role} names it in the
     * message ("issuing", "target").
     */
    public OrganizationPeriod deciding(UUID id, IssuingLevel level, String role) {
        OrganizationPeriod organization = today(id).orElseThrow(() -> ProblemException.notFound("Tổ chức", id));
        if (!level.matchesOrganizationType(organization.type())) {
            throw ProblemException.ruleViolated(CommendationService.RULE_ISSUER_LEVEL_MISMATCH, "Tổ chức "
                    + organization.name() + " (" + organization.type() + ") không quyết định ở cấp "
                    + level.vietnameseName() + " (" + level + ") (the " + role + " organization is not of that level)");
        }
        return organization;
    }
}
