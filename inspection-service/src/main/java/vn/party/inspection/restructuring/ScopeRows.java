package vn.party.inspection.restructuring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.party.replica.OrganizationTimeline;

/**
 * The "organization and its ancestors" rows a record keeps for subtree lists ({@code discipline_case_scope},
 * {@code inspection_scope}, {@code supervision_scope}): rewritten to the successor's chain as the replica holds it
 * on the succession's date.
 */
@ApplicationScoped
public class ScopeRows {

    @Inject
    OrganizationTimeline timeline;

    @Inject
    EntityManager entityManager;

    /** Replaces the record's rows with {@code organization}'s chain on {@code date}; returns the new chain. */
    public List<UUID> replace(String table, String recordColumn, UUID recordId, UUID organization, LocalDate date) {
        List<UUID> chain = timeline.ancestryOn(organization, date).orElse(List.of(organization));
        entityManager.createNativeQuery("DELETE FROM " + table + " WHERE " + recordColumn + " = :id")
                .setParameter("id", recordId).executeUpdate();
        for (UUID ancestor : chain) {
            entityManager.createNativeQuery("INSERT INTO " + table + " (" + recordColumn + ", organization_id)"
                            + " VALUES (:id, :org) ON CONFLICT DO NOTHING")
                    .setParameter("id", recordId).setParameter("org", ancestor).executeUpdate();
        }
        return chain;
    }
}
