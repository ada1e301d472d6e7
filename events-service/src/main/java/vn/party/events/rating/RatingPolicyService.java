package vn.party.events.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.quarkus.panache.common.Sort;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.CallerContext;
import vn.party.common.time.PartyClock;

/**
 * The rating policy's versions (score bands, excellent quota) as effective-dated data: a decision is checked
 * against the version in force on its date. Versions are appended (bloc-admin), never edited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class RatingPolicyService {

    static final String AUDIT_TYPE = "rating-policy";
    public static final String RULE_NOT_AFTER_LATEST = "rating-policy.not-after-latest";
    static final String REQUIRED = "bắt buộc (required)";
    private static final String SCORE = "0,01 đến 100, tối đa 2 chữ số thập phân (0.01 to 100, at most two decimals)";

    @Inject
    AuditTrail auditTrail;

    @Inject
    PartyClock clock;

    @Inject
    CallerContext callerContext;

    public record NewVersion(
            @NotNull(message = REQUIRED)
            LocalDate effectiveFrom,
            @NotBlank(message = REQUIRED)
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String reference,
            @NotNull(message = REQUIRED) @Digits(integer = 3, fraction = 2, message = SCORE)
            @DecimalMin(value = "0.01", message = SCORE) @DecimalMax(value = "100", message = SCORE)
            BigDecimal excellentMin,
            @NotNull(message = REQUIRED) @Digits(integer = 3, fraction = 2, message = SCORE)
            @DecimalMin(value = "0.01", message = SCORE) @DecimalMax(value = "100", message = SCORE)
            BigDecimal goodMin,
            @NotNull(message = REQUIRED) @Digits(integer = 3, fraction = 2, message = SCORE)
            @DecimalMin(value = "0.01", message = SCORE) @DecimalMax(value = "100", message = SCORE)
            BigDecimal completedMin,
            @NotNull(message = REQUIRED)
            @Min(value = 0, message = "từ 0 đến 100 (0 to 100)") @Max(value = 100, message = "từ 0 đến 100 (0 to 100)")
            Integer excellentQuotaPercent,
            @NotNull(message = REQUIRED)
            QuotaBase excellentQuotaBase) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RatingPolicy> versions() {
        return RatingPolicy.listAll(Sort.by("effectiveFrom"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RatingPolicy> inForceOn(LocalDate date) {
        return RatingPolicy.<RatingPolicy>find("effectiveFrom <= ?1", Sort.descending("effectiveFrom"), date)
                .firstResultOptional();
    }

    /** The version in force on {@code date}, or 422 when the date precedes every version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RatingPolicy requireInForceOn(LocalDate date) {
        return inForceOn(date).orElseThrow(() -> ProblemException.ruleViolated(RatingRules.RULE_NO_POLICY,
                "Không có quy định xếp loại hiệu lực ngày " + date + " (no rating policy in force on that date)"));
    }

    public RatingPolicy add(@NotNull @Valid NewVersion request) {
        if (request.goodMin().compareTo(request.excellentMin()) >= 0) {
            throw ProblemException.invalidField("goodMin", "phải nhỏ hơn excellentMin (must be below excellentMin)");
        }
        if (request.completedMin().compareTo(request.goodMin()) >= 0) {
            throw ProblemException.invalidField("completedMin", "phải nhỏ hơn goodMin (must be below goodMin)");
        }
        Optional<RatingPolicy> latest = RatingPolicy.<RatingPolicy>find("", Sort.descending("effectiveFrom"))
                .firstResultOptional();
        if (latest.isPresent() && !request.effectiveFrom().isAfter(latest.get().effectiveFrom)) {
            throw ProblemException.ruleViolated(RULE_NOT_AFTER_LATEST, "Phiên bản mới phải hiệu lực sau "
                    + latest.get().effectiveFrom + " (a new version must take effect after the latest one)");
        }
        RatingPolicy policy = new RatingPolicy();
        policy.effectiveFrom = request.effectiveFrom();
        policy.reference = request.reference().trim();
        policy.excellentMin = request.excellentMin().setScale(2);
        policy.goodMin = request.goodMin().setScale(2);
        policy.completedMin = request.completedMin().setScale(2);
        policy.excellentQuotaPercent = request.excellentQuotaPercent();
        policy.excellentQuotaBase = request.excellentQuotaBase();
        policy.createdAt = clock.now();
        policy.createdBy = callerContext.caller().name();
        policy.persist();
        RatingPolicy.flush();
        auditTrail.created(AUDIT_TYPE, policy.id, auditState(policy));
        return policy;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RatingPolicy onDateOr404(LocalDate date) {
        return inForceOn(date).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "Không có quy định xếp loại hiệu lực ngày " + date + " (no rating policy in force on that date)"));
    }

    static Map<String, Object> auditState(RatingPolicy policy) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("effectiveFrom", policy.effectiveFrom.toString());
        state.put("reference", policy.reference);
        state.put("excellentMin", policy.excellentMin.toPlainString());
        state.put("goodMin", policy.goodMin.toPlainString());
        state.put("completedMin", policy.completedMin.toPlainString());
        state.put("excellentQuotaPercent", policy.excellentQuotaPercent);
        state.put("excellentQuotaBase", policy.excellentQuotaBase);
        return state;
    }
}
