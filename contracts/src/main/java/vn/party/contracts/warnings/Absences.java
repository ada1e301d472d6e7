package vn.party.contracts.warnings;

import java.util.UUID;

/**
 * Events' attendance half: members of the subtree absent without reason in at least {@code minMonths} months of
 * {@code year}, most months first.
 */
public record Absences(UUID organizationId, int year, int minMonths, MemberPage<MemberAbsences> members) {
}
