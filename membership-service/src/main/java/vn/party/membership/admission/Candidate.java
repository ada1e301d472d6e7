package vn.party.membership.admission;

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
import vn.party.membership.member.domain.NationalIdMask;

/** A candidate for admission (quần chúng ưu tú): the profile the member record is made from, and each stage's data. */
@Entity
@Table(name = "candidate")
public class Candidate extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;

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

    @Column(name = "national_id", nullable = false, length = 12, columnDefinition = "bpchar(12)")
    public String nationalId;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public CandidateStage stage;

    @Column(name = "awareness_class_passed_on")
    public LocalDate awarenessClassPassedOn;

    @Column(name = "awareness_certificate", length = 100)
    public String awarenessCertificate;

    @Column(name = "first_introducer_id")
    public UUID firstIntroducerId;

    @Column(name = "second_introducer_id")
    public UUID secondIntroducerId;

    @Column(name = "introducers_assigned_on")
    public LocalDate introducersAssignedOn;

    @Column(name = "dossier_completed_on")
    public LocalDate dossierCompletedOn;

    @Column(name = "cell_considered_on")
    public LocalDate cellConsideredOn;

    @Column(name = "cell_entitled_voters")
    public Integer cellEntitledVoters;

    @Column(name = "cell_votes_for")
    public Integer cellVotesFor;

    @Column(name = "committee_voted_on")
    public LocalDate committeeVotedOn;

    @Column(name = "committee_entitled_voters")
    public Integer committeeEntitledVoters;

    @Column(name = "committee_votes_for")
    public Integer committeeVotesFor;

    @Column(name = "decision_number", length = 100)
    public String decisionNumber;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "ceremony_on")
    public LocalDate ceremonyOn;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "decision_extended_on")
    public LocalDate decisionExtendedOn;

    @Column(name = "decision_extension_working_days")
    public Integer decisionExtensionWorkingDays;

    @Column(name = "decision_extension_reason", length = 1000)
    public String decisionExtensionReason;

    @Column(name = "decision_extended_by")
    public UUID decisionExtendedBy;

    @Column(name = "closed_reason", length = 1000)
    public String closedReason;

    /** The date of the latest stage reached: the next stage cannot be dated before it. */
    public LocalDate lastStageDate() {
        LocalDate[] dates = {ceremonyOn, decidedOn, committeeVotedOn, cellConsideredOn, dossierCompletedOn,
                introducersAssignedOn, awarenessClassPassedOn};
        for (LocalDate date : dates) {
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The audited fields; the CCCD masked. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organizationId", organizationId);
        state.put("fullName", fullName);
        state.put("gender", gender);
        state.put("dateOfBirth", dateOfBirth);
        state.put("ethnicity", ethnicity);
        state.put("religion", religion);
        state.put("hometown", hometown);
        state.put("nationalId", NationalIdMask.mask(nationalId));
        state.put("phone", phone);
        state.put("educationLevel", educationLevel);
        state.put("politicalTheoryLevel", politicalTheoryLevel);
        state.put("jobTitle", jobTitle);
        state.put("hostAgency", hostAgency);
        state.put("stage", stage);
        state.put("awarenessClassPassedOn", awarenessClassPassedOn);
        state.put("awarenessCertificate", awarenessCertificate);
        state.put("firstIntroducerId", firstIntroducerId);
        state.put("secondIntroducerId", secondIntroducerId);
        state.put("introducersAssignedOn", introducersAssignedOn);
        state.put("dossierCompletedOn", dossierCompletedOn);
        state.put("cellConsideredOn", cellConsideredOn);
        state.put("cellEntitledVoters", cellEntitledVoters);
        state.put("cellVotesFor", cellVotesFor);
        state.put("committeeVotedOn", committeeVotedOn);
        state.put("committeeEntitledVoters", committeeEntitledVoters);
        state.put("committeeVotesFor", committeeVotesFor);
        state.put("decisionNumber", decisionNumber);
        state.put("decidedOn", decidedOn);
        state.put("ceremonyOn", ceremonyOn);
        state.put("memberId", memberId);
        state.put("closedOn", closedOn);
        state.put("closedReason", closedReason);
        state.put("decisionExtendedOn", decisionExtendedOn);
        state.put("decisionExtensionWorkingDays", decisionExtensionWorkingDays);
        state.put("decisionExtensionReason", decisionExtensionReason);
        state.put("decisionExtendedBy", decisionExtendedBy);
        return state;
    }
}
