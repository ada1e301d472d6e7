package vn.party.membership.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.party.common.persistence.VersionedEntity;

/** A member's dues basis from {@code effectiveMonth} (stored as its first day) until their next basis. */
@Entity
@Table(name = "dues_basis")
public class DuesBasis extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(name = "effective_month", nullable = false)
    public LocalDate effectiveMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DuesCategory category;

    @Column(name = "monthly_income_vnd")
    public Long monthlyIncome;

    @Column(name = "monthly_pension_vnd")
    public Long monthlyPension;

    @Column(name = "band_code", length = 40)
    public String bandCode;

    @Column(name = "voluntary_extra_vnd", nullable = false)
    public long voluntaryExtra;

    @Column(length = 500)
    public String note;

    public YearMonth month() {
        return YearMonth.from(effectiveMonth);
    }

    public DuesRules.Basis basis() {
        return new DuesRules.Basis(category, monthlyIncome, monthlyPension, bandCode, voluntaryExtra);
    }

    public DuesLedger.BasisEntry entry() {
        return new DuesLedger.BasisEntry(id, month(), basis());
    }

    /** Declared income and pension are personal data too, but the audit must show what the due was computed from. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("memberId", memberId);
        state.put("effectiveMonth", month().toString());
        state.put("category", category);
        state.put("monthlyIncome", monthlyIncome);
        state.put("monthlyPension", monthlyPension);
        state.put("bandCode", bandCode);
        state.put("voluntaryExtra", voluntaryExtra);
        state.put("note", note);
        return state;
    }
}
