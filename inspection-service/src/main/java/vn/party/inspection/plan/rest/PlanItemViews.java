package vn.party.inspection.plan.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import vn.party.inspection.plan.PlanItem;
import vn.party.inspection.plan.PlanItemKind;
import vn.party.inspection.plan.PlanItemStep;

public final class PlanItemViews {

    private PlanItemViews() {
    }

    public record ItemView(UUID id, UUID planId, PlanItemKind kind, String subject, UUID targetOrganizationId,
            UUID targetMemberId, int plannedMonth, PlanItemStep step, LocalDate stepDate, LocalDate concludedOn,
            String cancelReason, boolean overdue, long version, Instant createdAt, Instant updatedAt) {

        public static ItemView of(PlanItem item, int planYear, LocalDate today) {
            return new ItemView(item.id, item.planId, item.kind, item.subject, item.targetOrganizationId,
                    item.targetMemberId, item.plannedMonth, item.step, item.stepDate, item.concludedOn, item.cancelReason,
                    isOverdue(item, planYear, today), item.version, item.createdAt, item.updatedAt);
        }
    }

    /**
     * Progress of a programme. {@code concludedOrganizations} counts distinct organizations inspected to a
     * conclusion; {@code concluded} counts "lượt" (each concluded item once).
     */
    public record ProgressView(UUID planId, int year, long total, long notStarted, long inProgress, long concluded,
            long cancelled, long overdue, long concludedOrganizations, int percentConcluded, Map<PlanItemStep, Long> byStep) {
    }

    /** Not concluded nor cancelled after the end of its planned month. */
    public static boolean isOverdue(PlanItem item, int planYear, LocalDate today) {
        if (item.step.concluded() || item.step == PlanItemStep.CANCELLED) {
            return false;
        }
        LocalDate endOfMonth = LocalDate.of(planYear, item.plannedMonth, 1).plusMonths(1);
        return !today.isBefore(endOfMonth);
    }
}
