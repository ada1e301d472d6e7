/**
 * Membership's internal domain-event feed ({@code GET /api/membership/events}), read by events-service, version
 * {@value vn.party.contracts.memberevents.MemberEventPage#VERSION}: {@link vn.party.contracts.memberevents.MemberEventPage}
 * of {@link vn.party.contracts.memberevents.MemberEvent}, with the labels both sides share
 * ({@link vn.party.contracts.memberevents.ResourceType}, {@link vn.party.contracts.memberevents.ChangeType},
 * {@link vn.party.contracts.memberevents.MemberEventType}). Example: {@code contracts/memberevents/page.json}.
 */
package vn.party.contracts.memberevents;
