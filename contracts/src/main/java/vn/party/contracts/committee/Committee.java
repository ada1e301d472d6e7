package vn.party.contracts.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An organization's committee (cấp ủy) on a date, as other services read it (version {@value #VERSION}): membership's
 * {@code GET /api/membership/organizations/{id}/committee?asOf=}, called with the caller's token. A projection of
 * membership's richer view (term, names, the UBKT and each post's history serve its own screens), so fields outside
 * the contract are ignored; membership's producer test checks that every field here is emitted with the example's
 * type. Example: {@code contracts/committee/committee.json}.
 *
 * @param partyCommittee the posts held in the cấp ủy on {@code asOf}, in order of precedence (empty: no term that day)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Committee(UUID organizationId, LocalDate asOf, List<CommitteePost> partyCommittee) {

    public static final int VERSION = 1;
}
