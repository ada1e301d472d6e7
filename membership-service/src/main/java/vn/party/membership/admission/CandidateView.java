package vn.party.membership.admission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.party.membership.member.domain.Gender;
import vn.party.membership.member.domain.NationalIdMask;

/** A candidate as the API shows it; the CCCD masked unless the caller may see it. */
public record CandidateView(UUID id, UUID organizationId, String fullName, Gender gender, LocalDate dateOfBirth,
        String ethnicity, String religion, String hometown, String nationalId, String phone, String educationLevel,
        String politicalTheoryLevel, String jobTitle, String hostAgency, CandidateStage stage, String stageName,
        LocalDate awarenessClassPassedOn, String awarenessCertificate, UUID firstIntroducerId, UUID secondIntroducerId,
        LocalDate introducersAssignedOn, LocalDate dossierCompletedOn, LocalDate cellConsideredOn,
        Integer cellEntitledVoters, Integer cellVotesFor, LocalDate committeeVotedOn, Integer committeeEntitledVoters,
        Integer committeeVotesFor, String decisionNumber, LocalDate decidedOn, LocalDate ceremonyOn, UUID memberId,
        LocalDate closedOn, String closedReason, long version, List<Stage> history) {

    public record Stage(CandidateStage stage, LocalDate occurredOn, String details, Instant recordedAt,
            String recordedBy) {
        static Stage of(CandidateStageChange change) {
            return new Stage(change.stage, change.occurredOn, change.details, change.recordedAt, change.recordedBy);
        }
    }

    public static CandidateView of(Candidate c, boolean revealNationalId, List<CandidateStageChange> history) {
        return new CandidateView(c.id, c.organizationId, c.fullName, c.gender, c.dateOfBirth, c.ethnicity, c.religion,
                c.hometown, revealNationalId ? c.nationalId : NationalIdMask.mask(c.nationalId), c.phone,
                c.educationLevel, c.politicalTheoryLevel, c.jobTitle, c.hostAgency, c.stage,
                c.stage.vietnameseName(), c.awarenessClassPassedOn, c.awarenessCertificate, c.firstIntroducerId,
                c.secondIntroducerId, c.introducersAssignedOn, c.dossierCompletedOn, c.cellConsideredOn,
                c.cellEntitledVoters, c.cellVotesFor, c.committeeVotedOn, c.committeeEntitledVoters,
                c.committeeVotesFor, c.decisionNumber, c.decidedOn, c.ceremonyOn, c.memberId, c.closedOn,
                c.closedReason, c.version, history.stream().map(Stage::of).toList());
    }
}
