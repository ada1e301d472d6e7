package vn.party.events.campaign;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.quarkus.panache.common.Sort;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.CallerContext;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;

/**
 * Campaigns and their contributions. bloc-admin creates campaigns; secretaries (and bloc-admin) record
 * contributions for organizations in their scope, within the organizer's subtree and the campaign period;
 * readers in scope of an organization see the totals of its subtree. Amounts are whole đồng ({@code long}),
 * summed exactly ({@link BigInteger}), never as floating point. Every change is audited in its transaction.
 *
 * <p>Subtree totals: events-service knows organizations only by id and can ask membership for an
 * organization's ancestry, not for its subtree. The totals therefore group the campaign's contributions by
 * contributing organization (one SQL sum per organization), look each contributing organization's ancestry up
 * at read time and keep those whose ancestry contains the requested organization. Reading the current tree
 * (rather than storing ancestry at write time) means a re-parented organization counts where it is now.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class CampaignService {

    static final String AUDIT_TYPE = "campaign";
    static final String AUDIT_TYPE_CONTRIBUTION = "campaign-contribution";

    public static final String RULE_OUTSIDE_PERIOD = "campaign.outside-period";
    public static final String RULE_OUTSIDE_ORGANIZER = "campaign.contributor-outside-organizer";

    static final String REQUIRED = "bắt buộc (required)";

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    PartyClock clock;

    @Inject
    OrganizationHierarchy hierarchy;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CallerContext callerContext;

    public record Create(
            @NotBlank(message = REQUIRED)
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String name,
            @NotNull(message = REQUIRED)
            UUID organizerId,
            @NotNull(message = REQUIRED)
            LocalDate startsOn,
            @NotNull(message = REQUIRED)
            LocalDate endsOn,
            @Size(max = 20000, message = "tối đa 20000 ký tự (at most 20000 characters)")
            String description) {
    }

    /** {@code amount} in đồng: a whole, positive number (a JSON number or string; no decimals). */
    public record Contribute(
            @NotNull(message = REQUIRED)
            UUID organizationId,
            @NotNull(message = REQUIRED)
            @Digits(integer = 15, fraction = 0,
                    message = "số đồng nguyên, tối đa 15 chữ số (whole đồng, no decimals, at most 15 digits)")
            @Positive(message = "phải lớn hơn 0 (must be positive)")
            @DecimalMax(value = "999999999999999", message = "tối đa 999.999.999.999.999 đồng (too large)")
            BigDecimal amount,
            LocalDate contributedOn,
            @Size(max = 1000, message = "tối đa 1000 ký tự (at most 1000 characters)")
            String note) {
    }

    public record OrganizationTotal(UUID organizationId, BigInteger totalDong, long contributions) {
    }

    public record Totals(UUID campaignId, UUID organizationId, BigInteger totalDong, long contributions,
            List<OrganizationTotal> organizations) {
    }

    public Campaign create(@NotNull @Valid Create request) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw ProblemException.invalidField("endsOn", "không được trước startsOn (must not be before startsOn)");
        }
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.name = request.name().trim();
        campaign.organizerId = request.organizerId();
        campaign.startsOn = request.startsOn();
        campaign.endsOn = request.endsOn();
        campaign.description = request.description() == null || request.description().isBlank() ? null
                : request.description().trim();
        campaign.persist();
        Campaign.flush();
        auditTrail.created(AUDIT_TYPE, campaign.id, campaign.auditState());
        return campaign;
    }

    /** Any staff reader: campaigns are announced bloc-wide. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Campaign get(@NotNull UUID id) {
        return Campaign.<Campaign>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Phong trào", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Campaign> list() {
        return Campaign.listAll(Sort.descending("startsOn").and("name").and("id"));
    }

    public Contribution contribute(@NotNull UUID campaignId, @NotNull @Valid Contribute request) {
        Campaign campaign = get(campaignId);
        scopeGuard.requireWrite(request.organizationId());
        List<UUID> ancestry = hierarchy.ancestry(request.organizationId()).orElse(List.of());
        if (!ancestry.contains(campaign.organizerId)) {
            throw ProblemException.ruleViolated(RULE_OUTSIDE_ORGANIZER, "Tổ chức " + request.organizationId()
                    + " không thuộc đơn vị phát động " + campaign.organizerId + " (not in the organizer's subtree)");
        }
        LocalDate on = request.contributedOn() != null ? request.contributedOn() : clock.today();
        if (on.isBefore(campaign.startsOn) || on.isAfter(campaign.endsOn)) {
            throw ProblemException.ruleViolated(RULE_OUTSIDE_PERIOD, "Ngày đóng góp " + on + " ngoài thời gian phong "
                    + "trào " + campaign.startsOn + " – " + campaign.endsOn + " (outside the campaign period)");
        }
        Contribution contribution = new Contribution();
        contribution.id = UUID.randomUUID();
        contribution.campaignId = campaign.id;
        contribution.organizationId = request.organizationId();
        // validated whole and at most 15 digits: exact
        contribution.amountDong = request.amount().longValueExact();
        contribution.contributedOn = on;
        contribution.note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        contribution.recordedBy = callerContext.caller().name();
        contribution.persist();
        Contribution.flush();
        auditTrail.created(AUDIT_TYPE_CONTRIBUTION, contribution.id, contribution.auditState());
        return contribution;
    }

    /** Contributions of one organization (not its subtree), readers in its scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contribution> contributions(@NotNull UUID campaignId, @NotNull UUID organizationId) {
        Campaign campaign = get(campaignId);
        scopeGuard.requireRead(organizationId);
        return Contribution.list("campaignId = ?1 and organizationId = ?2",
                Sort.by("contributedOn").and("createdAt").and("id"), campaign.id, organizationId);
    }

    /** Exact totals of the contributions of organizations in the subtree of {@code organizationId}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Totals totals(@NotNull UUID campaignId, UUID organizationId) {
        Campaign campaign = get(campaignId);
        UUID root = organizationId != null ? organizationId : campaign.organizerId;
        scopeGuard.requireRead(root);
        List<Object[]> rows = Contribution.getEntityManager().createQuery(
                "select c.organizationId, sum(c.amountDong), count(c) from Contribution c where c.campaignId = :id "
                        + "group by c.organizationId", Object[].class)
                .setParameter("id", campaign.id).getResultList();
        List<OrganizationTotal> organizations = new ArrayList<>();
        BigInteger total = BigInteger.ZERO;
        long count = 0;
        for (Object[] row : rows) {
            UUID organization = (UUID) row[0];
            boolean inSubtree = hierarchy.ancestry(organization).map(chain -> chain.contains(root)).orElse(false);
            if (!inSubtree) {
                continue;
            }
            BigInteger sum = exact(row[1]);
            long contributions = ((Number) row[2]).longValue();
            organizations.add(new OrganizationTotal(organization, sum, contributions));
            total = total.add(sum);
            count += contributions;
        }
        organizations.sort(Comparator.comparing(OrganizationTotal::totalDong).reversed()
                .thenComparing(t -> t.organizationId().toString()));
        return new Totals(campaign.id, root, total, count, organizations);
    }

    private static BigInteger exact(Object sum) {
        if (sum instanceof BigInteger b) {
            return b;
        }
        if (sum instanceof BigDecimal d) {
            return d.toBigIntegerExact();
        }
        return BigInteger.valueOf(((Number) sum).longValue());
    }
}
