package vn.party.events.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.quarkus.panache.common.Sort;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.OrganizationScope;
import vn.party.common.security.ScopeGuard;
import vn.party.events.commendation.membership.MemberAffiliations;

/**
 * Contests (hội thi). bloc-admin creates them; secretaries enter members of organizations in their scope (in
 * the organizer's subtree, each member once); the organizing level (secretaries in scope of the organizer,
 * bloc-admin) records scores (0–100, at most two decimals, exact) and prizes. Every change is audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ContestService {

    static final String AUDIT_TYPE = "contest";
    static final String AUDIT_TYPE_ENTRANT = "contest-entrant";

    public static final String RULE_OUTSIDE_ORGANIZER = "contest.entrant-outside-organizer";

    static final String REQUIRED = "bắt buộc (required)";

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    OrganizationHierarchy hierarchy;

    @Inject
    AuditTrail auditTrail;

    @Inject
    MemberAffiliations affiliations;

    public record Create(
            @NotBlank(message = REQUIRED)
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String name,
            @NotNull(message = REQUIRED)
            UUID organizerId,
            @NotNull(message = REQUIRED)
            LocalDate heldOn) {
    }

    public record Enter(
            @NotNull(message = REQUIRED)
            UUID memberId,
            @NotNull(message = REQUIRED)
            UUID organizationId,
            @NotBlank(message = REQUIRED)
            @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)")
            String displayName) {
    }

    /** {@code score} 0–100 with at most two decimals (exact); {@code prize} e.g. "Giải Nhất". */
    public record Result(
            @NotNull(message = REQUIRED)
            Long version,
            @NotNull(message = REQUIRED)
            @Digits(integer = 3, fraction = 2, message = "tối đa 2 chữ số thập phân (at most two decimals)")
            @DecimalMin(value = "0", message = "từ 0 đến 100 (0 to 100)")
            @DecimalMax(value = "100", message = "từ 0 đến 100 (0 to 100)")
            BigDecimal score,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
            String prize) {
    }

    public record Summary(long entrants, long organizations, long scored) {
    }

    public Contest create(@NotNull @Valid Create request) {
        Contest contest = new Contest();
        contest.id = UUID.randomUUID();
        contest.name = request.name().trim();
        contest.organizerId = request.organizerId();
        contest.heldOn = request.heldOn();
        contest.persist();
        Contest.flush();
        auditTrail.created(AUDIT_TYPE, contest.id, contest.auditState());
        return contest;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Contest get(@NotNull UUID id) {
        return Contest.<Contest>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Hội thi", id));
    }

    public ContestEntrant enter(@NotNull UUID contestId, @NotNull @Valid Enter request) {
        Contest contest = get(contestId);
        scopeGuard.requireWrite(request.organizationId());
        if (!hierarchy.ancestry(request.organizationId()).orElse(List.of()).contains(contest.organizerId)) {
            throw ProblemException.ruleViolated(RULE_OUTSIDE_ORGANIZER, "Tổ chức " + request.organizationId()
                    + " không thuộc đơn vị tổ chức hội thi " + contest.organizerId + " (not in the organizer's subtree)");
        }
        affiliations.requireWithin(request.memberId(), request.organizationId(), "memberId");
        if (ContestEntrant.count("contestId = ?1 and memberId = ?2", contest.id, request.memberId()) > 0) {
            throw ProblemException.conflict("Đảng viên " + request.memberId() + " đã dự thi (already entered)");
        }
        ContestEntrant entrant = new ContestEntrant();
        entrant.id = UUID.randomUUID();
        entrant.contestId = contest.id;
        entrant.memberId = request.memberId();
        entrant.organizationId = request.organizationId();
        entrant.displayName = request.displayName().trim();
        entrant.persist();
        ContestEntrant.flush();
        auditTrail.created(AUDIT_TYPE_ENTRANT, entrant.id, entrant.auditState());
        return entrant;
    }

    public ContestEntrant result(@NotNull UUID contestId, @NotNull UUID entrantId, @NotNull @Valid Result request) {
        Contest contest = get(contestId);
        scopeGuard.requireWrite(contest.organizerId);
        ContestEntrant entrant = ContestEntrant.<ContestEntrant>findByIdOptional(entrantId)
                .filter(e -> e.contestId.equals(contest.id))
                .orElseThrow(() -> ProblemException.notFound("Thí sinh", entrantId));
        entrant.requireVersion(request.version());
        Map<String, Object> before = entrant.auditState();
        entrant.score = request.score().setScale(2, RoundingMode.UNNECESSARY);
        entrant.prize = request.prize() == null || request.prize().isBlank() ? null : request.prize().trim();
        ContestEntrant.flush();
        auditTrail.updated(AUDIT_TYPE_ENTRANT, entrant.id, before, entrant.auditState());
        return entrant;
    }

    /** Entrants, best score first (unscored last); readers in scope of the organizer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContestEntrant> entrants(@NotNull UUID contestId) {
        Contest contest = get(contestId);
        scopeGuard.requireRead(contest.organizerId);
        return ContestEntrant.list("contestId", Sort.by("score", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("displayName").and("id"), contest.id);
    }

    /**
     * The counts for the caller: only those who may list the entrants (readers in scope of the organizer) see them;
     * for anyone else they are withheld (null), so no figure counts entrants the caller cannot list.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Summary visibleSummary(Contest contest) {
        return scopeGuard.permits(contest.organizerId, OrganizationScope.Access.READ) ? summary(contest) : null;
    }

    /** "54 contestants from 49 cells". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Summary summary(Contest contest) {
        Object[] row = ContestEntrant.getEntityManager().createQuery("select count(e), count(distinct e.organizationId), "
                + "count(e.score) from ContestEntrant e where e.contestId = :id", Object[].class)
                .setParameter("id", contest.id).getSingleResult();
        return new Summary(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }
}
