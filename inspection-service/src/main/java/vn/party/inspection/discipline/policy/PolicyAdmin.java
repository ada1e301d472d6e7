package vn.party.inspection.discipline.policy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.inspection.discipline.policy.rest.PolicyRequests;

/** Discipline policy versions: read by inspectors and bloc-admin, added by bloc-admin (audited). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PolicyAdmin {

    static final String AUDIT_TYPE = "discipline-policy";

    @Inject
    EntityManager entityManager;

    @Inject
    PolicyRepository repository;

    @Inject
    AuditTrail auditTrail;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PolicyVersion> list(PageRequest page) {
        return repository.list(page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicyVersion get(@NotNull UUID id) {
        return repository.version(id).orElseThrow(() -> ProblemException.notFound("Phiên bản quy định kỷ luật", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicyVersion inForceOn(@NotNull LocalDate date) {
        return get(repository.inForceOn(date).id());
    }

    public PolicyVersion create(@NotNull @Valid PolicyRequests.Create request) {
        PolicyDraftRules.requireConsistent(request);
        LocalDate from = request.effectiveFrom();
        // One writer of versions at a time (decisions and reads are not blocked): the checks below then see every
        // version committed before this one; the unique effective_from is the backstop.
        entityManager.createNativeQuery("lock table discipline_policy in share row exclusive mode").executeUpdate();
        if (((Number) entityManager.createNativeQuery("select count(*) from discipline_policy where effective_from = :from")
                .setParameter("from", from).getSingleResult()).longValue() > 0) {
            String detail = "Đã có phiên bản quy định kỷ luật có hiệu lực từ " + from
                    + " (a version with this effective date exists)";
            throw new ProblemException(ProblemType.CONFLICT, detail, List.of(new Problem.FieldError("effectiveFrom", detail)));
        }
        // what was judged by the version that the new one would replace: dated from D up to the next version, if any
        Object[] judged = (Object[]) entityManager.createNativeQuery("""
                select count(*), max(d) from (
                    select decision_date as d from discipline_case where status = 'DECIDED'
                    union all
                    select start_date from suspension) j
                where d >= :from
                  and d < coalesce((select min(effective_from) from discipline_policy where effective_from > :from),
                                   date '9999-12-31')""")
                .setParameter("from", from).getSingleResult();
        PolicyDraftRules.requireNotRetroactive(from, toLocalDate(judged[1]), ((Number) judged[0]).longValue());

        List<PolicyRequests.Authority> authorities = request.authorities();
        if (authorities == null) {
            DisciplinePolicy previous = repository.find(from.minusDays(1)).orElseThrow(() -> ProblemException.invalidField(
                    "authorities", "bắt buộc: chưa có phiên bản nào trước ngày này để giữ ma trận thẩm quyền"
                            + " (required: no earlier version to keep the matrix of)"));
            authorities = previous.authorities().stream()
                    .map(a -> new PolicyRequests.Authority(a.body(), a.target(), a.form())).toList();
        }

        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                insert into discipline_policy (id, effective_from, source, suspension_max_initial_days,
                                               suspension_max_total_days, complaint_window_months)
                values (:id, :from, :source, :initial, :total, :window)""")
                .setParameter("id", id)
                .setParameter("from", from)
                .setParameter("source", request.source().trim())
                .setParameter("initial", request.suspensionMaxInitialDays())
                .setParameter("total", request.suspensionMaxTotalDays())
                .setParameter("window", request.complaintWindowMonths())
                .executeUpdate();
        for (PolicyRequests.FormRule rule : request.forms()) {
            entityManager.createNativeQuery("""
                    insert into discipline_policy_form (policy_id, form, statute_years, vote_numerator, vote_denominator,
                                                        vote_strict)
                    values (:id, :form, :statute, :numerator, :denominator, :strict)""")
                    .setParameter("id", id)
                    .setParameter("form", rule.form().name())
                    .setParameter("statute", rule.statuteYears())
                    .setParameter("numerator", rule.voteNumerator())
                    .setParameter("denominator", rule.voteDenominator())
                    .setParameter("strict", rule.voteStrict())
                    .executeUpdate();
        }
        for (PolicyRequests.Authority cell : authorities) {
            entityManager.createNativeQuery("""
                    insert into discipline_policy_authority (policy_id, body_kind, target_kind, form)
                    values (:id, :body, :target, :form)""")
                    .setParameter("id", id)
                    .setParameter("body", cell.bodyKind().name())
                    .setParameter("target", cell.targetKind().name())
                    .setParameter("form", cell.form().name())
                    .executeUpdate();
        }
        // the categories free of statute and the matrix by level carry over from the version before (no API yet)
        Optional<DisciplinePolicy> before = repository.find(from.minusDays(1));
        if (before.isPresent()) {
            for (String sql : List.of("""
                    insert into discipline_policy_no_statute_category (policy_id, category)
                    select :id, category from discipline_policy_no_statute_category where policy_id = :before""", """
                    insert into discipline_policy_body_level (policy_id, body_kind, organization_type, target_kind, form)
                    select :id, body_kind, organization_type, target_kind, form from discipline_policy_body_level
                    where policy_id = :before""")) {
                entityManager.createNativeQuery(sql).setParameter("id", id).setParameter("before", before.get().id())
                        .executeUpdate();
            }
        }
        PolicyVersion created = repository.version(id).orElseThrow();
        auditTrail.created(AUDIT_TYPE, id, auditState(created));
        return created;
    }

    private static Map<String, Object> auditState(PolicyVersion version) {
        DisciplinePolicy p = version.policy();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("effectiveFrom", p.effectiveFrom().toString());
        state.put("source", version.source());
        state.put("suspensionMaxInitialDays", p.suspensionMaxInitialDays());
        state.put("suspensionMaxTotalDays", p.suspensionMaxTotalDays());
        state.put("complaintWindowMonths", p.complaintWindowMonths());
        Map<String, Object> forms = new LinkedHashMap<>();
        p.forms().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> forms.put(e.getKey().name(),
                e.getValue().statuteYears().map(y -> y + "y").orElse("none") + ", " + e.getValue().threshold().describe()));
        state.put("forms", forms);
        state.put("authorities", p.authorities().stream()
                .map(a -> a.body() + "/" + a.target() + "/" + a.form()).sorted().toList());
        return state;
    }

    private static LocalDate toLocalDate(Object value) {
        return value == null ? null : value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
