package vn.party.contracts.committee;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One post held on the committee's date: who ({@code memberId}) and which ({@code position}, membership's position
 * label, e.g. SECRETARY, DEPUTY_SECRETARY, MEMBER; informational for the consumers, which match on the member).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommitteePost(UUID memberId, String position) {
}
