/**
 * Committees, membership-service → events-service (ratings: did a disciplined member sit on the organization's cấp
 * ủy on the decision's date?), version {@value vn.party.contracts.committee.Committee#VERSION}:
 * {@link vn.party.contracts.committee.Committee} of {@link vn.party.contracts.committee.CommitteePost}. Example:
 * {@code contracts/committee/committee.json}.
 */
package vn.party.contracts.committee;
