package vn.party.membership.organization;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import vn.party.membership.organization.domain.ChangeKind;
import vn.party.membership.organization.domain.OrganizationStatus;
import vn.party.membership.organization.domain.OrganizationType;

/**
 * How an organization looked during one period: {@code validFrom} inclusive, {@code validTo} exclusive,
 * {@code null} = current. The first period is written by a database trigger whenever an organization row is
 * inserted; restructurings close the current period and open the next one.
 */
@Entity
@Table(name = "organization_version")
public class OrganizationVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 20)
    public ChangeKind changeKind;

    @Column(name = "decision_ref", length = 100)
    public String decisionRef;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false, length = 300)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public OrganizationType type;

    @Column(name = "host_agency", length = 300)
    public String hostAgency;

    @Column(name = "parent_id")
    public UUID parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OrganizationStatus status;

    public static Optional<OrganizationVersion> current(UUID organizationId) {
        return find("organizationId = ?1 and validTo is null", organizationId).firstResultOptional();
    }

    /** The next period, copying the organization's (already changed) state. */
    public static OrganizationVersion of(Organization organization, ChangeKind change, LocalDate validFrom,
            String decisionRef) {
        OrganizationVersion version = new OrganizationVersion();
        version.organizationId = organization.id;
        version.validFrom = validFrom;
        version.changeKind = change;
        version.decisionRef = decisionRef;
        version.code = organization.code;
        version.name = organization.name;
        version.type = organization.type;
        version.hostAgency = organization.hostAgency;
        version.parentId = organization.parentId;
        version.status = organization.status;
        return version;
    }
}
