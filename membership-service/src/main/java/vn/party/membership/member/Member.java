package vn.party.membership.member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.party.common.persistence.VersionedEntity;
import vn.party.membership.member.domain.Gender;
import vn.party.membership.member.domain.MemberStatus;

/** A party member's record (hồ sơ đảng viên). The organization changes only through affiliations. */
@Entity
@Table(name = "member")
public class Member extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;

    @Column(name = "family_name", nullable = false, length = 60)
    public String familyName;

    @Column(name = "given_name", nullable = false, length = 60)
    public String givenName;

    @Column(name = "name_sort_key", nullable = false)
    public byte[] nameSortKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Gender gender;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Column(nullable = false, length = 60)
    public String ethnicity;

    @Column(length = 60)
    public String religion;

    @Column(length = 300)
    public String hometown;

    /** CCCD: sensitive personal data, shown in full only to those who need it. */
    @Column(name = "national_id", nullable = false, length = 12, columnDefinition = "bpchar(12)")
    public String nationalId;

    @Column(name = "party_card_number", length = 12, columnDefinition = "bpchar(12)")
    public String partyCardNumber;

    @Column(length = 20)
    public String phone;

    @Column(name = "education_level", length = 60)
    public String educationLevel;

    @Column(name = "political_theory_level", length = 30)
    public String politicalTheoryLevel;

    @Column(name = "job_title", length = 200)
    public String jobTitle;

    @Column(name = "host_agency", length = 300)
    public String hostAgency;

    /** Party seniority counts from this date. */
    @Column(name = "admission_decision_date")
    public LocalDate admissionDecisionDate;

    /** The admission ceremony (ngày vào Đảng). */
    @Column(name = "admission_date", nullable = false)
    public LocalDate admissionDate;

    @Column(name = "official_date")
    public LocalDate officialDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MemberStatus status;

    /** The audited fields; the CCCD is recorded masked so the audit trail is not a second copy of it. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organizationId", organizationId);
        state.put("fullName", fullName);
        state.put("gender", gender);
        state.put("dateOfBirth", dateOfBirth);
        state.put("ethnicity", ethnicity);
        state.put("religion", religion);
        state.put("hometown", hometown);
        // the full number: a masked one would hide a change of the middle digits (the trail is bloc-admin's; others
        // reading it get it masked, see AuditEntryView)
        state.put("nationalId", nationalId);
        state.put("partyCardNumber", partyCardNumber);
        state.put("phone", phone);
        state.put("educationLevel", educationLevel);
        state.put("politicalTheoryLevel", politicalTheoryLevel);
        state.put("jobTitle", jobTitle);
        state.put("hostAgency", hostAgency);
        state.put("admissionDecisionDate", admissionDecisionDate);
        state.put("admissionDate", admissionDate);
        state.put("officialDate", officialDate);
        state.put("status", status);
        return state;
    }
}
