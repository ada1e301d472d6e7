package vn.party.membership.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored policy version; never edited (a change of rules is a new version). */
@Entity
@Table(name = "policy_version")
public class PolicyVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(nullable = false, length = 300)
    public String reference;

    @Column(name = "min_admission_age_months", nullable = false)
    public int minAdmissionAgeMonths;

    @Column(name = "max_admission_age_months", nullable = false)
    public int maxAdmissionAgeMonths;

    @Column(name = "probation_months", nullable = false)
    public int probationMonths;

    @Column(name = "introducer_min_months", nullable = false)
    public int introducerMinMonths;

    @Column(name = "decision_deadline_working_days", nullable = false)
    public int decisionDeadlineWorkingDays;

    @Column(name = "ceremony_deadline_working_days", nullable = false)
    public int ceremonyDeadlineWorkingDays;

    @Column(name = "probation_review_working_days", nullable = false)
    public int probationReviewWorkingDays;

    @Column(name = "cell_vote_numerator", nullable = false)
    public int cellVoteNumerator;

    @Column(name = "cell_vote_denominator", nullable = false)
    public int cellVoteDenominator;

    @Column(name = "committee_vote_numerator", nullable = false)
    public int committeeVoteNumerator;

    @Column(name = "committee_vote_denominator", nullable = false)
    public int committeeVoteDenominator;

    @Column(name = "failed_probation_votes_escalation", nullable = false)
    public int failedProbationVotesBeforeEscalation;

    @Column(name = "transfer_request_working_days", nullable = false)
    public int transferRequestWorkingDays;

    @Column(name = "transfer_presentation_working_days", nullable = false)
    public int transferPresentationWorkingDays;

    @Column(name = "temporary_transfer_min_months", nullable = false)
    public int temporaryTransferMinMonths;

    @Column(name = "temporary_transfer_max_months", nullable = false)
    public int temporaryTransferMaxMonths;

    @Column(name = "study_transfer_max_months", nullable = false)
    public int studyTransferMaxMonths;

    @Column(name = "dues_salary_percent", nullable = false, precision = 6, scale = 3)
    public BigDecimal duesSalaryPercent;

    @Column(name = "dues_pension_percent", nullable = false, precision = 6, scale = 3)
    public BigDecimal duesPensionPercent;

    @Column(name = "dues_other_minimum_vnd", nullable = false)
    public long duesOtherMinimum;

    @Column(name = "dues_other_maximum_vnd", nullable = false)
    public long duesOtherMaximum;

    @Column(name = "dues_rounding_unit_vnd", nullable = false)
    public long duesRoundingUnit;

    @Column(name = "dues_unpaid_months_warning", nullable = false)
    public int duesUnpaidMonthsWarning;

    @Column(name = "decision_extension_max_working_days", nullable = false)
    public int decisionExtensionMaxWorkingDays;

    @Column(name = "min_cell_official_members", nullable = false)
    public int minCellOfficialMembers;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    public Policy toPolicy(List<DuesRates.Band> bands) {
        return new Policy(effectiveFrom, reference, minAdmissionAgeMonths, maxAdmissionAgeMonths, probationMonths,
                introducerMinMonths, decisionDeadlineWorkingDays, ceremonyDeadlineWorkingDays,
                probationReviewWorkingDays, new Fraction(cellVoteNumerator, cellVoteDenominator),
                new Fraction(committeeVoteNumerator, committeeVoteDenominator), failedProbationVotesBeforeEscalation,
                transferRequestWorkingDays, transferPresentationWorkingDays, temporaryTransferMinMonths,
                temporaryTransferMaxMonths, studyTransferMaxMonths,
                new DuesRates(duesSalaryPercent, duesPensionPercent, duesOtherMinimum, duesOtherMaximum,
                        duesRoundingUnit, duesUnpaidMonthsWarning, bands),
                decisionExtensionMaxWorkingDays, minCellOfficialMembers);
    }
}
