package vn.party.events.commendation.policy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.quarkus.panache.common.Sort;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.events.commendation.domain.CommendationForm;
import vn.party.events.commendation.domain.IssuingLevel;

/**
 * Commendation policy versions: read by all staff, added by bloc-admin. A decision is checked against the version
 * in force on its date; a new version starts after the latest one so past decisions keep the rules they had.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PolicyService {

    static final String AUDIT_TYPE = "commendation-policy";
    static final String REQUIRED = "bắt buộc (required)";

    public static final String RULE_NOT_AFTER_LATEST = "commendation-policy.not-after-latest";
    public static final String RULE_NO_POLICY = "commendation-policy.none-in-force";

    @Inject
    AuditTrail auditTrail;

    public record GrantRequest(
            @NotNull(message = REQUIRED) CommendationForm form,
            @NotNull(message = REQUIRED) IssuingLevel issuingLevel) {
    }

    public record MilestoneRequest(
            @NotNull(message = REQUIRED)
            @Min(value = 1, message = "từ 1 đến 120 năm (1 to 120 years)")
            @Max(value = 120, message = "từ 1 đến 120 năm (1 to 120 years)")
            Integer years,
            @NotNull(message = REQUIRED)
            @Min(value = 0, message = "từ 0 đến 60 tháng (0 to 60 months)")
            @Max(value = 60, message = "từ 0 đến 60 tháng (0 to 60 months)")
            Integer earlyMonths) {
    }

    public record DayRequest(
            @NotNull(message = REQUIRED) @Min(value = 1, message = "1–12") @Max(value = 12, message = "1–12") Integer month,
            @NotNull(message = REQUIRED) @Min(value = 1, message = "1–31") @Max(value = 31, message = "1–31") Integer day) {
    }

    public record Create(
            @NotNull(message = REQUIRED) LocalDate effectiveFrom,
            @Size(max = 1000, message = "tối đa 1000 ký tự (at most 1000 characters)") String note,
            @NotEmpty(message = REQUIRED) @Size(max = 100, message = "tối đa 100 (at most 100)")
            List<@NotNull(message = REQUIRED) @Valid GrantRequest> grants,
            @NotEmpty(message = REQUIRED) @Size(max = 40, message = "tối đa 40 (at most 40)")
            List<@NotNull(message = REQUIRED) @Valid MilestoneRequest> badgeMilestones,
            @NotEmpty(message = REQUIRED) @Size(max = 24, message = "tối đa 24 (at most 24)")
            List<@NotNull(message = REQUIRED) @Valid DayRequest> presentationDays) {
    }

    public CommendationPolicy create(@NotNull @Valid Create request) {
        CommendationPolicy latest = CommendationPolicy.<CommendationPolicy>find("", Sort.descending("effectiveFrom"))
                .firstResult();
        if (latest != null && !request.effectiveFrom().isAfter(latest.effectiveFrom)) {
            throw ProblemException.ruleViolated(RULE_NOT_AFTER_LATEST, "Ngày hiệu lực " + request.effectiveFrom()
                    + " phải sau phiên bản mới nhất " + latest.effectiveFrom
                    + " (a new version starts after the latest one; past decisions keep their rules)");
        }
        CommendationPolicy policy = new CommendationPolicy();
        policy.id = UUID.randomUUID();
        policy.effectiveFrom = request.effectiveFrom();
        policy.note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        request.grants().forEach(g -> policy.grants.add(new CommendationPolicy.Grant(g.form(), g.issuingLevel())));
        Set<Integer> years = new HashSet<>();
        for (MilestoneRequest m : request.badgeMilestones()) {
            if (!years.add(m.years())) {
                throw ProblemException.invalidField("badgeMilestones", "mốc " + m.years() + " năm bị lặp (duplicate milestone)");
            }
            policy.milestones.add(new CommendationPolicy.Milestone(m.years(), m.earlyMonths()));
        }
        for (DayRequest d : request.presentationDays()) {
            try {
                MonthDay.of(d.month(), d.day());
            } catch (DateTimeException e) {
                throw ProblemException.invalidField("presentationDays",
                        d.day() + "/" + d.month() + " không phải ngày hợp lệ (not a valid day)");
            }
            if (!policy.presentationDays.add(new CommendationPolicy.PresentationDay(d.month(), d.day()))) {
                throw ProblemException.invalidField("presentationDays", "ngày bị lặp (duplicate day)");
            }
        }
        policy.persist();
        CommendationPolicy.flush();
        auditTrail.created(AUDIT_TYPE, policy.id, policy.auditState());
        return policy;
    }

    /** Oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommendationPolicy> list() {
        return CommendationPolicy.listAll(Sort.by("effectiveFrom"));
    }

    /** The version in force on {@code day}; 422 naming the rule if there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommendationPolicy on(@NotNull LocalDate day) {
        CommendationPolicy policy = CommendationPolicy.<CommendationPolicy>find("effectiveFrom <= ?1",
                Sort.descending("effectiveFrom"), day).firstResult();
        if (policy == null) {
            throw ProblemException.ruleViolated(RULE_NO_POLICY,
                    "Không có chính sách khen thưởng hiệu lực ngày " + day + " (no commendation policy in force)");
        }
        return policy;
    }

    /** The day the next version starts, if any (the end of {@code policy}'s period, exclusive). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate effectiveUntil(CommendationPolicy policy) {
        CommendationPolicy next = CommendationPolicy.<CommendationPolicy>find("effectiveFrom > ?1",
                Sort.by("effectiveFrom"), policy.effectiveFrom).firstResult();
        return next == null ? null : next.effectiveFrom;
    }
}
