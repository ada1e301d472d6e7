package vn.party.events.rating;

import java.time.LocalDate;
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

/** A rating period: a year ("2021"), a quarter ("2021-Q3") or a term ("2020-2025"). */
@Entity
@Table(name = "rating_period")
public class RatingPeriod extends VersionedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public PeriodKind kind;

    @Column(nullable = false, length = 20)
    public String code;

    /** The year; for a term its last year. */
    @Column(nullable = false)
    public int year;

    @Column
    public Integer quarter;

    @Column(name = "term_from_year")
    public Integer termFromYear;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("code", code);
        state.put("startsOn", startsOn.toString());
        state.put("endsOn", endsOn.toString());
        return state;
    }
}
