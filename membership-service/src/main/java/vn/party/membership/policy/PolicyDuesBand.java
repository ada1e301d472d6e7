package vn.party.membership.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A fixed monthly dues amount of one band in one policy version; never edited. */
@Entity
@Table(name = "policy_dues_band")
public class PolicyDuesBand extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "policy_version_id", nullable = false)
    public Long policyVersionId;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "monthly_amount_vnd", nullable = false)
    public long monthlyAmount;

    DuesRates.Band toBand() {
        return new DuesRates.Band(code, name, monthlyAmount);
    }
}
