package vn.party.membership.member.facts;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import vn.party.common.problem.ProblemException;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.contracts.facts.DisciplineFacts;
import vn.party.membership.committee.CommitteeAssignment;
import vn.party.membership.committee.CommitteeTerm;
import vn.party.membership.member.Member;
import vn.party.membership.member.domain.MemberStatus;

/**
 * The few facts a discipline or inspection decision needs about a member (status, organization, probationary, posts
 * held today). Not the dossier: no personal data, so the read is not audited as a dossier read. Scope as for any
 * member read: bloc-admin, or a secretary or inspector whose subtree holds the member's organization; an unknown
 * member is 404, one outside the scope 403.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DisciplineFactsService {

    static final Set<String> READERS = Set.of(Roles.ORG_SECRETARY, Roles.INSPECTOR);

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    PartyClock clock;

    public DisciplineFacts facts(@NotNull UUID memberId) {
        Member member = Member.<Member>findByIdOptional(memberId)
                .orElseThrow(() -> ProblemException.notFound("Đảng viên", memberId));
        scopeGuard.requireWithin(member.organizationId, READERS);
        var today = clock.today();
        List<String> posts = CommitteeAssignment.<CommitteeAssignment>list("memberId", memberId).stream()
                .filter(assignment -> CommitteeTerm.<CommitteeTerm>findByIdOptional(assignment.termId)
                        .map(term -> assignment.heldOn(today, term)).orElse(false))
                .map(assignment -> assignment.position.name())
                .distinct().sorted().toList();
        return new DisciplineFacts(DisciplineFacts.VERSION, member.id, member.organizationId,
                vn.party.contracts.member.MemberStatus.valueOf(member.status.name()),
                member.status == MemberStatus.PROBATIONARY, !posts.isEmpty(), posts);
    }
}
