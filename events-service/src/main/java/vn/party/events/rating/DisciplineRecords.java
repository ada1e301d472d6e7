package vn.party.events.rating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import vn.party.common.persistence.remote.OutsideTransaction;
import vn.party.common.persistence.remote.Upstream;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.contracts.committee.Committee;
import vn.party.contracts.committee.CommitteePost;
import vn.party.contracts.discipline.DisciplineDecision;
import vn.party.contracts.discipline.DisciplineDecisionPage;
import vn.party.contracts.discipline.TargetKind;

/**
 * Whether a member or an organization was disciplined in a year, asked of inspection-service (never cached: a
 * decision or an annulment must be seen at once). Annulled decisions (on complaint) do not count. When inspection
 * cannot answer, the question has no answer: callers refuse with 503 rather than assume "not disciplined". The one
 * error mapping of each of its two clients ({@link InspectionDisciplineClient}, {@link MembershipCommitteeClient});
 * never inside an open transaction (the approval reads through {@link DisciplineChecks} first).
 */
@ApplicationScoped
@OutsideTransaction
public class DisciplineRecords {

    private static final Logger LOG = Logger.getLogger(DisciplineRecords.class);
    private static final int PAGE_SIZE = 200;
    private static final int MAX_PAGES = 50;

    @Inject
    @RestClient
    InspectionDisciplineClient client;

    @Inject
    @RestClient
    MembershipCommitteeClient committees;

    /** Decisions in force (not annulled) against the member in the year, in the subtree of {@code organizationId}. */
    public List<DisciplineDecision> againstMember(UUID organizationId, UUID memberId, int year) {
        return fetch(organizationId, memberId, year).stream()
                .filter(d -> d.memberId() == null || memberId.equals(d.memberId()))
                .filter(d -> d.targetKind() != TargetKind.ORGANIZATION)
                .toList();
    }

    /**
     * Decisions in force (not annulled) in the year against the organization or a unit below it, or against a member
     * of the subtree who sat on the organization's committee (cấp ủy) on the decision's date (membership answers who).
     */
    public List<DisciplineDecision> againstOrganizationOrItsLeaders(UUID organizationId, int year) {
        List<DisciplineDecision> all = fetch(organizationId, null, year);
        List<DisciplineDecision> blocking = new ArrayList<>(
                all.stream().filter(d -> d.targetKind() == TargetKind.ORGANIZATION).toList());
        Map<LocalDate, Set<UUID>> committees = new HashMap<>();
        for (DisciplineDecision decision : all) {
            if (decision.targetKind() == TargetKind.ORGANIZATION || decision.memberId() == null) {
                continue;
            }
            LocalDate on = decision.effectiveDate() != null ? decision.effectiveDate()
                    : decision.decisionDate() != null ? decision.decisionDate() : LocalDate.of(year, 12, 31);
            if (committees.computeIfAbsent(on, date -> committee(organizationId, date)).contains(decision.memberId())) {
                blocking.add(decision);
            }
        }
        return blocking;
    }

    private Set<UUID> committee(UUID organizationId, LocalDate on) {
        try {
            Committee committee = committees.committee(organizationId, on.toString());
            if (committee == null || committee.partyCommittee() == null) {
                return Set.of();
            }
            Set<UUID> members = new HashSet<>();
            committee.partyCommittee().stream().map(CommitteePost::memberId)
                    .filter(java.util.Objects::nonNull).forEach(members::add);
            return members;
        } catch (RuntimeException e) {
            if (Upstream.status(e) == 404) {
                return Set.of();
            }
            LOG.warnf("membership-service gave no committee of %s on %s: %s", organizationId, on, Upstream.reason(e));
            throw committeeUnavailable();
        }
    }

    private static ProblemException committeeUnavailable() {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "Không kiểm tra được cấp ủy bị kỷ luật: dịch vụ "
                + "đảng viên không phản hồi; chưa thể xếp loại Hoàn thành xuất sắc (membership-service unavailable: "
                + "whether a disciplined member sat on the committee cannot be checked)");
    }

    private List<DisciplineDecision> fetch(UUID organizationId, UUID memberId, int year) {
        List<DisciplineDecision> found = new ArrayList<>();
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                DisciplineDecisionPage answer = client.decisions(organizationId, year, memberId, page,
                        PAGE_SIZE);
                List<DisciplineDecision> items = answer == null || answer.items() == null ? List.of()
                        : answer.items();
                items.stream().filter(DisciplineDecision::inForce).forEach(found::add);
                boolean more = answer != null && page + 1 < answer.totalPages();
                if (!more) {
                    return found;
                }
            }
            return found;
        } catch (RuntimeException e) {
            int status = Upstream.status(e);
            LOG.warnf("inspection-service gave no discipline decisions of %s/%s in %d: %s", organizationId, memberId,
                    year, Upstream.reason(e));
            throw status == 401 || status == 403 ? refused(status) : unavailable();
        }
    }

    /** Inspection refused the caller: still no answer, so still no EXCELLENT; said plainly. */
    private static ProblemException refused(int status) {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "Dịch vụ kiểm tra từ chối tra cứu kỷ luật (HTTP "
                + status + "); chưa thể xếp loại Hoàn thành xuất sắc (inspection-service refused the discipline check "
                + "for your token: an EXCELLENT rating cannot be approved without it; other levels can)");
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "Không kiểm tra được kỷ luật trong năm: dịch vụ "
                + "kiểm tra không phản hồi; chưa thể xếp loại Hoàn thành xuất sắc (inspection-service unavailable: an "
                + "EXCELLENT rating cannot be approved without the discipline check; other levels can)");
    }
}
