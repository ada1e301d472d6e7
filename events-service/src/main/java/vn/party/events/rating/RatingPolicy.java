package vn.party.events.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A version of the rating policy, in force from {@code effectiveFrom} until the next version's. Never edited. */
@Entity
@Table(name = "rating_policy")
public class RatingPolicy extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(nullable = false, length = 300)
    public String reference;

    @Column(name = "excellent_min", nullable = false, precision = 5, scale = 2)
    public BigDecimal excellentMin;

    @Column(name = "good_min", nullable = false, precision = 5, scale = 2)
    public BigDecimal goodMin;

    @Column(name = "completed_min", nullable = false, precision = 5, scale = 2)
    public BigDecimal completedMin;

    @Column(name = "excellent_quota_percent", nullable = false)
    public int excellentQuotaPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "excellent_quota_base", nullable = false, length = 20)
    public QuotaBase excellentQuotaBase;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    public RatingRules.Thresholds thresholds() {
        return new RatingRules.Thresholds(excellentMin, goodMin, completedMin, excellentQuotaPercent, excellentQuotaBase);
    }
}
