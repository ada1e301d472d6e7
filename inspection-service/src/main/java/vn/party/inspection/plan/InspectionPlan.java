package vn.party.inspection.plan;

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

@Entity
@Table(name = "inspection_plan")
public class InspectionPlan extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "inspecting_organization_id", nullable = false)
    public UUID inspectingOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "inspecting_body", nullable = false, length = 30)
    public InspectingBody inspectingBody;

    @Column(name = "plan_year", nullable = false)
    public int year;

    @Column(nullable = false, length = 500)
    public String title;

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("inspectingOrganizationId", inspectingOrganizationId);
        state.put("inspectingBody", inspectingBody);
        state.put("year", year);
        state.put("title", title);
        return state;
    }
}
