package vn.party.membership.member.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.party.membership.member.Member;
import vn.party.membership.member.MemberStatusChange;
import vn.party.membership.member.domain.Gender;
import vn.party.membership.member.domain.MemberStatus;
import vn.party.membership.member.domain.NationalIdMask;
import vn.party.membership.member.domain.StatusOrigin;

public final class MemberViews {

    private MemberViews() {
    }

    /** The full dossier. {@code nationalId} is masked unless the reader needs it. */
    public record Dossier(UUID id, UUID organizationId, String fullName, String familyName, String givenName,
            Gender gender, LocalDate dateOfBirth, String ethnicity, String religion, String hometown,
            String nationalId, boolean nationalIdMasked, String partyCardNumber, String phone, String educationLevel,
            String politicalTheoryLevel, String jobTitle, String hostAgency, LocalDate admissionDecisionDate,
            LocalDate admissionDate, LocalDate officialDate, MemberStatus status, String statusName, long version,
            Instant createdAt, Instant updatedAt) {

        public static Dossier of(Member m, boolean revealNationalId) {
            return new Dossier(m.id, m.organizationId, m.fullName, m.familyName, m.givenName, m.gender,
                    m.dateOfBirth, m.ethnicity, m.religion, m.hometown,
                    revealNationalId ? m.nationalId : NationalIdMask.mask(m.nationalId), !revealNationalId,
                    m.partyCardNumber, m.phone, m.educationLevel, m.politicalTheoryLevel, m.jobTitle, m.hostAgency,
                    m.admissionDecisionDate, m.admissionDate, m.officialDate, m.status, m.status.vietnameseName(),
                    m.version, m.createdAt, m.updatedAt);
        }
    }

    /** A row of the register list. */
    public record Summary(UUID id, UUID organizationId, String fullName, Gender gender, LocalDate dateOfBirth,
            String ethnicity, String nationalId, String partyCardNumber, LocalDate admissionDate,
            LocalDate officialDate, MemberStatus status) {

        public static Summary of(Member m, boolean revealNationalId) {
            return new Summary(m.id, m.organizationId, m.fullName, m.gender, m.dateOfBirth, m.ethnicity,
                    revealNationalId ? m.nationalId : NationalIdMask.mask(m.nationalId), m.partyCardNumber,
                    m.admissionDate, m.officialDate, m.status);
        }
    }

    /**
     * One entry of the status history. {@code origin} says why it can be believed: RECORDED on the endpoint of its
     * own rule, DECISION (applied from inspection's decision {@code decisionId} by effect {@code effectId}), or
     * HISTORICAL (copied from the paper document {@code sourceDocument}).
     */
    public record StatusChange(MemberStatus status, String statusName, LocalDate effectiveOn, LocalDate endsOn,
            String reason, String decisionRef, StatusOrigin origin, UUID effectId, UUID decisionId,
            String sourceDocument, Instant recordedAt, String recordedBy) {

        public static StatusChange of(MemberStatusChange c) {
            return new StatusChange(c.status, c.status.vietnameseName(), c.effectiveOn, c.endsOn, c.reason,
                    c.decisionRef, c.origin, c.effectId, c.decisionId, c.sourceDocument, c.recordedAt, c.recordedBy);
        }
    }

    /** The mobile app's home screen: the member's own record and organization. */
    public record Me(Dossier member, OrganizationRef organization) {
    }

    public record OrganizationRef(UUID id, String code, String name, String typeName) {
    }
}
