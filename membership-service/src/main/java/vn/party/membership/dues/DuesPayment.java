package vn.party.membership.dues;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One payment towards one month's due (stored as the month's first day). Never edited. */
@Entity
@Table(name = "dues_payment")
public class DuesPayment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(nullable = false)
    public LocalDate month;

    @Column(name = "amount_vnd", nullable = false)
    public long amount;

    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;

    @Column(name = "collected_by", nullable = false, length = 200)
    public String collectedBy;

    @Column(length = 500)
    public String note;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;

    public YearMonth yearMonth() {
        return YearMonth.from(month);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("memberId", memberId);
        state.put("month", yearMonth().toString());
        state.put("amount", amount);
        state.put("paidOn", paidOn);
        state.put("collectedBy", collectedBy);
        state.put("note", note);
        return state;
    }
}
