package vn.party.inspection.plan.rest;

import java.time.Instant;
import java.util.UUID;

import vn.party.inspection.plan.InspectingBody;
import vn.party.inspection.plan.InspectionPlan;

public record PlanView(UUID id, UUID inspectingOrganizationId, InspectingBody inspectingBody, int year, String title,
        long version, Instant createdAt, Instant updatedAt) {

    public static PlanView of(InspectionPlan plan) {
        return new PlanView(plan.id, plan.inspectingOrganizationId, plan.inspectingBody, plan.year, plan.title,
                plan.version, plan.createdAt, plan.updatedAt);
    }
}
