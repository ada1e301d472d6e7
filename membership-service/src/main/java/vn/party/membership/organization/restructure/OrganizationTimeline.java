package vn.party.membership.organization.restructure;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.party.common.time.PartyClock;
import vn.party.membership.organization.Organization;
import vn.party.membership.organization.OrganizationVersion;
import vn.party.membership.organization.domain.ChangeKind;
import vn.party.membership.organization.domain.OrganizationRules;

/** Appends effective-dated periods to organizations' histories, in the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OrganizationTimeline {

    @Inject
    EntityManager entityManager;

    /** Today in Vietnam (the one clock; static for the callers outside CDI). */
    public static LocalDate today() {
        return PartyClock.date();
    }

    /** The organization's current period (written for every organization by the insert trigger). */
    public OrganizationVersion current(UUID organizationId) {
        // the trigger-written first period is invisible to Hibernate until the organization row is flushed
        entityManager.flush();
        return OrganizationVersion.current(organizationId)
                .orElseThrow(() -> new IllegalStateException("No current period for organization " + organizationId));
    }

    /** Refuses an effective date in the future or before the organization's current period began. */
    public void checkEffectiveDate(UUID organizationId, LocalDate effectiveOn) {
        OrganizationRules.checkEffectiveDate(effectiveOn, current(organizationId).validFrom, today());
    }

    /** The organization must already exist on the effective date to receive members or sub-units. */
    public void checkExistsOn(UUID organizationId, LocalDate effectiveOn) {
        LocalDate since = entityManager.createQuery(
                        "select min(v.validFrom) from OrganizationVersion v where v.organizationId = :id", LocalDate.class)
                .setParameter("id", organizationId)
                .getSingleResult();
        OrganizationRules.checkExistsOn(organizationId, since == null ? today() : since, effectiveOn);
    }

    /**
     * Closes the current period on {@code effectiveOn} and opens one with the organization's (already changed)
     * state. A change on the day the current period began leaves a zero-length period that "as of" questions
     * never select but the history keeps.
     */
    public void open(Organization organization, ChangeKind change, LocalDate effectiveOn, String decisionRef) {
        OrganizationVersion current = current(organization.id);
        OrganizationRules.checkEffectiveDate(effectiveOn, current.validFrom, today());
        current.validTo = effectiveOn;
        // closed before the next one is inserted: at most one current period per organization (unique index)
        entityManager.flush();
        OrganizationVersion.of(organization, change, effectiveOn, decisionRef).persist();
    }

    /** Marks the first period of an organization created by a restructuring (a split's successor). */
    public void markOrigin(Organization organization, ChangeKind change, String decisionRef) {
        OrganizationVersion first = current(organization.id);
        first.changeKind = change;
        first.decisionRef = decisionRef;
    }

    public void recordSuccession(UUID predecessor, UUID successor, ChangeKind kind, LocalDate effectiveOn) {
        entityManager.createNativeQuery("""
                        INSERT INTO organization_succession (predecessor_id, successor_id, kind, effective_on)
                        VALUES (:predecessor, :successor, :kind, :day)""")
                .setParameter("predecessor", predecessor)
                .setParameter("successor", successor)
                .setParameter("kind", kind.name())
                .setParameter("day", effectiveOn)
                .executeUpdate();
    }
}
