/**
 * Members as other services read them, version {@value vn.party.contracts.member.MemberPage#VERSION}: the shared
 * {@link vn.party.contracts.member.MemberStatus} labels, and membership's register list
 * ({@link vn.party.contracts.member.MemberPage} of {@link vn.party.contracts.member.MemberSummary}) read by
 * events-service (badge eligibility). Example: {@code contracts/member/page.json}.
 */
package vn.party.contracts.member;
