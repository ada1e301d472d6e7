package vn.party.inspection.plan;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "inspection_plan")
public class InspectionPlan extends PanacheEntityBase {

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

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("inspectingOrganizationId", inspectingOrganizationId);
        state.put("inspectingBody", inspectingBody);
        state.put("year", year);
        state.put("title", title);
        return state;
    }
}
