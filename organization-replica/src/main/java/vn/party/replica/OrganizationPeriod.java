package vn.party.replica;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One organization as this service's replica holds it on a date: the period of its timeline covering that date
 * ({@code validTo} exclusive, null: still). {@code status} is membership's (ACTIVE, or MERGED/SPLIT/DISSOLVED once
 * the organization has ceased); {@code type} membership's organization type (e.g. {@code GRASSROOTS}).
 */
public record OrganizationPeriod(UUID id, String code, String name, String type, String status, UUID parentId,
        LocalDate validFrom, LocalDate validTo) {
}
