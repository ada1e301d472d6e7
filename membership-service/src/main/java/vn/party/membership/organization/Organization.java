package vn.party.membership.organization;

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

import vn.party.membership.organization.domain.OrganizationStatus;
import vn.party.membership.organization.domain.OrganizationType;

@Entity
@Table(name = "organization")
public class Organization extends VersionedEntity {

    @Id
    public UUID id;

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

    @Column(name = "founded_on")
    public LocalDate foundedOn;

    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    /** The organization this one was merged into (status MERGED). */
    @Column(name = "successor_id")
    public UUID successorId;

    /** The audited fields, for before/after comparison. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("type", type);
        state.put("hostAgency", hostAgency);
        state.put("parentId", parentId);
        state.put("status", status);
        state.put("foundedOn", foundedOn);
        state.put("dissolvedOn", dissolvedOn);
        state.put("successorId", successorId);
        return state;
    }
}
