package vn.party.inspection.discipline.policy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.problem.ProblemException;
import vn.party.contracts.effects.DecidingBodyKind;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.TargetKind;

/** Reads the policy version in force on a date from the {@code discipline_policy*} tables. */
@ApplicationScoped
public class PolicyRepository {

    @Inject
    EntityManager entityManager;

    /** The version in force on {@code date}, or a 422 {@code discipline.policy} when none was in force yet. */
    public DisciplinePolicy inForceOn(LocalDate date) {
        return find(date).orElseThrow(() -> ProblemException.ruleViolated("discipline.policy",
                "Không có quy định kỷ luật nào có hiệu lực vào ngày " + date + " (no discipline policy in force on that date)"));
    }

    @SuppressWarnings("unchecked")
    public Optional<DisciplinePolicy> find(LocalDate date) {
        List<Object> ids = entityManager.createNativeQuery(
                        "select id from discipline_policy where effective_from <= :date order by effective_from desc limit 1")
                .setParameter("date", date)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : version((UUID) ids.get(0)).map(PolicyVersion::policy);
    }

    /** A version with its source text, or empty when there is no such id. */
    @SuppressWarnings("unchecked")
    public Optional<PolicyVersion> version(UUID id) {
        List<Object[]> heads = entityManager.createNativeQuery("""
                select id, effective_from, suspension_max_initial_days, suspension_max_total_days, complaint_window_months,
                       source
                from discipline_policy where id = :id""")
                .setParameter("id", id)
                .getResultList();
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        Object[] head = heads.get(0);
        Map<DisciplineForm, DisciplinePolicy.FormRule> forms = new EnumMap<>(DisciplineForm.class);
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery("""
                select form, statute_years, vote_numerator, vote_denominator, vote_strict
                from discipline_policy_form where policy_id = :id""").setParameter("id", id).getResultList()) {
            forms.put(DisciplineForm.valueOf((String) row[0]), new DisciplinePolicy.FormRule(
                    Optional.ofNullable(row[1]).map(v -> ((Number) v).intValue()),
                    new DisciplinePolicy.VoteThreshold(((Number) row[2]).intValue(), ((Number) row[3]).intValue(),
                            (Boolean) row[4])));
        }
        Set<DisciplinePolicy.Authority> authorities = new HashSet<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery("""
                select body_kind, target_kind, form from discipline_policy_authority where policy_id = :id""")
                .setParameter("id", id).getResultList()) {
            authorities.add(new DisciplinePolicy.Authority(DecidingBodyKind.valueOf((String) row[0]),
                    TargetKind.valueOf((String) row[1]), DisciplineForm.valueOf((String) row[2])));
        }
        Set<String> noStatute = new HashSet<>((List<String>) entityManager.createNativeQuery(
                "select category from discipline_policy_no_statute_category where policy_id = :id")
                .setParameter("id", id).getResultList());
        Set<DisciplinePolicy.BodyLevel> levels = new HashSet<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery("""
                select body_kind, organization_type, target_kind, form from discipline_policy_body_level where policy_id = :id""")
                .setParameter("id", id).getResultList()) {
            levels.add(new DisciplinePolicy.BodyLevel(DecidingBodyKind.valueOf((String) row[0]), (String) row[1],
                    TargetKind.valueOf((String) row[2]), DisciplineForm.valueOf((String) row[3])));
        }
        DisciplinePolicy policy = new DisciplinePolicy(id, toLocalDate(head[1]), ((Number) head[2]).intValue(),
                ((Number) head[3]).intValue(), ((Number) head[4]).intValue(), Map.copyOf(forms), Set.copyOf(authorities),
                Set.copyOf(noStatute), Set.copyOf(levels));
        return Optional.of(new PolicyVersion(policy, (String) head[5]));
    }

    /** All versions, the latest effective date first. */
    @SuppressWarnings("unchecked")
    public Page<PolicyVersion> list(PageRequest page) {
        List<Object> ids = entityManager.createNativeQuery("select id from discipline_policy order by effective_from desc")
                .setFirstResult(page.offset()).setMaxResults(page.size)
                .getResultList();
        long total = ((Number) entityManager.createNativeQuery("select count(*) from discipline_policy").getSingleResult())
                .longValue();
        return Page.of(ids.stream().map(id -> version((UUID) id).orElseThrow()).toList(), page, total);
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
