package vn.party.events.commendation.policy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import vn.party.common.persistence.VersionedEntity;
import vn.party.events.commendation.domain.BadgeRules;
import vn.party.events.commendation.domain.CommendationForm;
import vn.party.events.commendation.domain.IssuingLevel;

/**
 * A version of the commendation policy, in force from {@code effectiveFrom} until the next version: which level
 * may grant which form, the party badge milestones with their early windows, and the badge presentation days.
 */
@Entity
@Table(name = "commendation_policy")
public class CommendationPolicy extends VersionedEntity {

    @Embeddable
    public static class Grant {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 30)
        public CommendationForm form;

        @Enumerated(EnumType.STRING)
        @Column(name = "issuing_level", nullable = false, length = 20)
        public IssuingLevel issuingLevel;

        public Grant() {
        }

        public Grant(CommendationForm form, IssuingLevel issuingLevel) {
            this.form = form;
            this.issuingLevel = issuingLevel;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Grant g && g.form == form && g.issuingLevel == issuingLevel;
        }

        @Override
        public int hashCode() {
            return Objects.hash(form, issuingLevel);
        }
    }

    @Embeddable
    public static class Milestone {
        @Column(nullable = false)
        public int years;

        @Column(name = "early_months", nullable = false)
        public int earlyMonths;

        public Milestone() {
        }

        public Milestone(int years, int earlyMonths) {
            this.years = years;
            this.earlyMonths = earlyMonths;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Milestone m && m.years == years && m.earlyMonths == earlyMonths;
        }

        @Override
        public int hashCode() {
            return Objects.hash(years, earlyMonths);
        }
    }

    @Embeddable
    public static class PresentationDay {
        @Column(nullable = false)
        public int month;

        @Column(nullable = false)
        public int day;

        public PresentationDay() {
        }

        public PresentationDay(int month, int day) {
            this.month = month;
            this.day = day;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PresentationDay p && p.month == month && p.day == day;
        }

        @Override
        public int hashCode() {
            return Objects.hash(month, day);
        }
    }

    @Id
    public UUID id;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(length = 1000)
    public String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commendation_policy_grant", joinColumns = @JoinColumn(name = "policy_id"))
    public Set<Grant> grants = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commendation_policy_milestone", joinColumns = @JoinColumn(name = "policy_id"))
    public Set<Milestone> milestones = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commendation_policy_presentation_day", joinColumns = @JoinColumn(name = "policy_id"))
    public Set<PresentationDay> presentationDays = new LinkedHashSet<>();

    public boolean allows(CommendationForm form, IssuingLevel level) {
        return grants.contains(new Grant(form, level));
    }

    /** The levels that may grant {@code form}, lowest first. */
    public List<IssuingLevel> levelsFor(CommendationForm form) {
        return grants.stream().filter(g -> g.form == form).map(g -> g.issuingLevel).sorted().toList();
    }

    public List<BadgeRules.Milestone> badgeMilestones() {
        return milestones.stream().map(m -> new BadgeRules.Milestone(m.years, m.earlyMonths))
                .sorted(Comparator.comparingInt(BadgeRules.Milestone::years)).toList();
    }

    public Optional<BadgeRules.Milestone> milestone(int years) {
        return badgeMilestones().stream().filter(m -> m.years() == years).findFirst();
    }

    public List<MonthDay> badgePresentationDays() {
        return presentationDays.stream().map(p -> MonthDay.of(p.month, p.day)).sorted().toList();
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("effectiveFrom", effectiveFrom.toString());
        state.put("note", note);
        state.put("grants", grants.stream().map(g -> g.form + "@" + g.issuingLevel).sorted().toList());
        state.put("milestones", badgeMilestones().stream().map(m -> m.years() + "y/-" + m.earlyMonths() + "m").toList());
        state.put("presentationDays", badgePresentationDays().stream().map(MonthDay::toString).toList());
        return state;
    }
}
