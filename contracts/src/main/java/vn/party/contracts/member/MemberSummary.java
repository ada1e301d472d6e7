package vn.party.contracts.member;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One row of membership's register list as other services read it (version {@value MemberPage#VERSION}). A projection
 * of membership's row, which also carries personal data (gender, birth date, masked CCCD, card number) that no other
 * service needs, so fields outside the contract are ignored; membership's producer test checks that every field here
 * is emitted with the example's type. Example: {@code contracts/member/page.json}.
 *
 * @param admissionDate the admission ceremony's date ("ngày vào Đảng"), null if not recorded
 * @param officialDate the day the member became official, null while probationary
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberSummary(UUID id, UUID organizationId, String fullName, LocalDate admissionDate,
                            LocalDate officialDate, MemberStatus status) {
}
