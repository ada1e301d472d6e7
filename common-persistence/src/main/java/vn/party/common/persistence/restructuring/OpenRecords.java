package vn.party.common.persistence.restructuring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.party.common.persistence.AuditTrail;

/**
 * One kind of record a service keeps open for an organization (a candidate, a transfer, a discipline case, a
 * follow-up task...): which of them an organization holds, and how one is moved to another organization. Each
 * service declares one bean per kind; {@link OpenRecordSuccession} moves them when the organization is succeeded.
 */
public interface OpenRecords {

    /** The kind's name in pending-assignment lists, e.g. {@code CANDIDATE}. */
    String kind();

    /** The entity type of the record's audit rows (its history). */
    String auditType();

    /** The open records the organization holds (on any side the record names it). */
    List<UUID> openHeldBy(UUID organizationId);

    /**
     * Moves the record from {@code from} to {@code to} wherever it names {@code from}, in the caller's transaction;
     * {@code effectiveOn} is the succession's date (records that keep an organization's chain take the successor's
     * chain on that date).
     *
     * @return the changed fields (before/after); empty when the record no longer names {@code from} (a no-op)
     */
    Map<String, AuditTrail.Change> move(UUID recordId, UUID from, UUID to, LocalDate effectiveOn);
}
