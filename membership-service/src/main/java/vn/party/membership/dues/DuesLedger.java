package vn.party.membership.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.party.membership.policy.PolicyTimeline;

/**
 * One member's dues month by month, from plain values (no database): which months are owed, the basis and policy
 * version of each, what is due, paid and outstanding.
 *
 * <ul>
 *   <li>A month is owed from the month of admission (the ceremony date) while the member is on the roll on at least one
 *   day of it (probationary, official, exempted or suspended); nothing is owed before admission nor for a month
 *   spent wholly after leaving (transferred out, removed, left, expelled, deceased).</li>
 *   <li>The basis of a month is the member's latest basis from that month or before; none → the due is unknown.</li>
 *   <li>The rates of a month are those of the policy version in force on its first day: a version effective on the
 *   1st applies to that month, one effective mid-month from the next month.</li>
 * </ul>
 */
public final class DuesLedger {

    /** A status-history entry reduced to what dues need. */
    public record StatusEntry(LocalDate effectiveOn, boolean active) {
    }

    public record BasisEntry(UUID id, YearMonth from, DuesRules.Basis basis) {
    }

    public enum State { NOT_OWED, NO_BASIS, UNPAID, PARTIAL, PAID, OVERPAID }

    /** One month: {@code due} null when no basis applies; {@code outstanding} = due − paid, never below 0. */
    public record Line(YearMonth month, boolean owed, UUID basisId, DuesCategory category, Long required,
            Long voluntaryExtra, Long due, long paid, Long outstanding, State state, LocalDate policyEffectiveFrom) {

        /** Owed and not fully paid (an unknown due counts as unpaid). */
        public boolean unpaid() {
            return state == State.NO_BASIS || state == State.UNPAID || state == State.PARTIAL;
        }
    }

    private final LocalDate admissionDate;
    private final List<StatusEntry> statuses;
    private final List<BasisEntry> bases;
    private final Map<YearMonth, Long> paid;
    private final PolicyTimeline policies;

    public DuesLedger(LocalDate admissionDate, List<StatusEntry> statuses, List<BasisEntry> bases,
            Map<YearMonth, Long> paid, PolicyTimeline policies) {
        this.admissionDate = admissionDate;
        this.statuses = statuses.stream().sorted(Comparator.comparing(StatusEntry::effectiveOn)).toList();
        this.bases = bases.stream().sorted(Comparator.comparing(BasisEntry::from)).toList();
        this.paid = Map.copyOf(paid);
        this.policies = policies;
    }

    public YearMonth admissionMonth() {
        return YearMonth.from(admissionDate);
    }

    public boolean beforeAdmission(YearMonth month) {
        return month.isBefore(admissionMonth());
    }

    public boolean owed(YearMonth month) {
        if (beforeAdmission(month)) {
            return false;
        }
        LocalDate first = month.atDay(1).isBefore(admissionDate) ? admissionDate : month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        boolean active = true; // on the roll from admission until a status says otherwise
        for (StatusEntry entry : statuses) {
            if (entry.effectiveOn().isAfter(first)) {
                if (entry.effectiveOn().isAfter(last)) {
                    break;
                }
                if (entry.active()) {
                    return true;
                }
            } else {
                active = entry.active();
            }
        }
        return active;
    }

    public Optional<BasisEntry> basis(YearMonth month) {
        BasisEntry found = null;
        for (BasisEntry entry : bases) {
            if (entry.from().isAfter(month)) {
                break;
            }
            found = entry;
        }
        return Optional.ofNullable(found);
    }

    public Line line(YearMonth month) {
        long paidAmount = paid.getOrDefault(month, 0L);
        if (!owed(month)) {
            return new Line(month, false, null, null, null, null, 0L, paidAmount, 0L,
                    paidAmount > 0 ? State.OVERPAID : State.NOT_OWED, null);
        }
        Optional<BasisEntry> basis = basis(month);
        if (basis.isEmpty()) {
            return new Line(month, true, null, null, null, null, null, paidAmount, null, State.NO_BASIS, null);
        }
        var policy = policies.inForceOn(month.atDay(1));
        DuesRules.MonthlyDue due = DuesRules.due(basis.get().basis(), policy.dues());
        State state = paidAmount == 0 ? State.UNPAID : paidAmount < due.total() ? State.PARTIAL
                : paidAmount == due.total() ? State.PAID : State.OVERPAID;
        return new Line(month, true, basis.get().id(), basis.get().basis().category(), due.required(),
                due.voluntaryExtra(), due.total(), paidAmount, Math.max(0, due.total() - paidAmount), state,
                policy.effectiveFrom());
    }

    /** Every month from {@code from} to {@code to} inclusive. */
    public List<Line> lines(YearMonth from, YearMonth to) {
        List<Line> lines = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            lines.add(line(month));
        }
        return lines;
    }
}
