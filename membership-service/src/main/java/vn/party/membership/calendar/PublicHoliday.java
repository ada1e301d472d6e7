package vn.party.membership.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A day of the working calendar, maintained per year by the bloc office: a weekday off (ngày nghỉ lễ, Tết, nghỉ bù) or
 * a compensatory working Saturday/Sunday (ngày làm bù, {@link CalendarDayKind#WORKING_DAY}).
 */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday extends PanacheEntityBase {

    @Id
    public LocalDate day;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CalendarDayKind kind = CalendarDayKind.DAY_OFF;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;
}
