package vn.party.membership.member.facts;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import vn.party.common.problem.ProblemException;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.contracts.facts.SeniorityFacts;
import vn.party.contracts.member.MemberStatus;
import vn.party.membership.member.Member;

/**
 * The few facts a commendation decision needs about a member (organization, name, status, admission dates for party
 * seniority). Not the dossier: no identity documents, contacts or history, so the read is not audited as a dossier
 * read. Scope as for discipline facts, and the integration readers the register list admits: bloc-admin, or a
 * secretary, inspector or integration caller whose subtree holds the member's organization; an unknown member is
 * 404, one outside the scope 403.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SeniorityFactsService {

    static final Set<String> READERS = Set.of(Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION);

    @Inject
    ScopeGuard scopeGuard;

    public SeniorityFacts facts(@NotNull UUID memberId) {
        Member member = Member.<Member>findByIdOptional(memberId)
                .orElseThrow(() -> ProblemException.notFound("Đảng viên", memberId));
        scopeGuard.requireWithin(member.organizationId, READERS);
        return new SeniorityFacts(SeniorityFacts.VERSION, member.id, member.organizationId, member.fullName,
                MemberStatus.valueOf(member.status.name()), member.admissionDecisionDate, member.admissionDate,
                member.officialDate);
    }
}
