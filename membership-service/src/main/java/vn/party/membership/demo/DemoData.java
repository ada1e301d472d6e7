package vn.party.membership.demo;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.party.membership.organization.Organization;
import vn.party.membership.organization.domain.OrganizationStatus;
import vn.party.membership.organization.domain.OrganizationType;

/**
 * Seeds the organizations that the demo realm's users point at (deploy/keycloak/realm.json), so a local run
 * is usable at once. Off unless {@code party.demo-data.enabled=true}; never overwrites existing rows.
 */
public class DemoData {

    public static final UUID BLOC = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final UUID TRANSPORT_DEPARTMENT = UUID.fromString("00000000-0000-4000-8000-000000000010");
    public static final UUID TRANSPORT_OFFICE_CELL = UUID.fromString("00000000-0000-4000-8000-000000000011");
    public static final UUID JUSTICE_DEPARTMENT_CELL = UUID.fromString("00000000-0000-4000-8000-000000000020");

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Transactional
    void seed(@Observes StartupEvent startup,
            @ConfigProperty(name = "party.demo-data.enabled", defaultValue = "false") boolean enabled) {
        if (!enabled) {
            return;
        }
        int added = 0;
        added += ensure(BLOC, "DBK", "Đảng bộ Khối các cơ quan tỉnh", OrganizationType.BLOC_COMMITTEE, null, null);
        added += ensure(TRANSPORT_DEPARTMENT, "DBCS-GTVT", "Đảng bộ Sở Giao thông vận tải",
                OrganizationType.GRASSROOTS_COMMITTEE, "Sở Giao thông vận tải", BLOC);
        added += ensure(TRANSPORT_OFFICE_CELL, "CB-GTVT-VP", "Chi bộ Văn phòng Sở",
                OrganizationType.SUBORDINATE_CELL, "Sở Giao thông vận tải", TRANSPORT_DEPARTMENT);
        added += ensure(JUSTICE_DEPARTMENT_CELL, "CBCS-TP", "Chi bộ Sở Tư pháp",
                OrganizationType.GRASSROOTS_CELL, "Sở Tư pháp", BLOC);
        LOG.infof("Demo data: %d organization(s) added", added);
    }

    private static int ensure(UUID id, String code, String name, OrganizationType type, String hostAgency,
            UUID parentId) {
        if (Organization.findById(id) != null || Organization.count("code", code) > 0) {
            return 0;
        }
        Organization organization = new Organization();
        organization.id = id;
        organization.code = code;
        organization.name = name;
        organization.type = type;
        organization.hostAgency = hostAgency;
        organization.parentId = parentId;
        organization.status = OrganizationStatus.ACTIVE;
        organization.foundedOn = LocalDate.of(2020, 1, 1);
        organization.persist();
        return 1;
    }
}
