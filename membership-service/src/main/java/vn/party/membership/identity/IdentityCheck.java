package vn.party.membership.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import vn.party.membership.identity.verifier.IdentityField;
import vn.party.membership.identity.verifier.PlatformFailure;

/**
 * One identity check of a member against the national population database, whatever its outcome (an attempt that
 * got no answer is kept as UNAVAILABLE). Append-only. Holds no personal data: the CCCD, name and date of birth that
 * were checked are the member's stored ones.
 */
@Entity
@Table(name = "identity_check")
public class IdentityCheck extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    /** The adapter that answered: {@code http} or {@code local}. */
    @Column(nullable = false, length = 20)
    public String provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public IdentityOutcome outcome;

    /** Comma-separated {@link IdentityField#jsonName()}s; only for MISMATCH. */
    @Column(name = "mismatched_fields", length = 100)
    public String mismatchedFields;

    @Column(name = "provider_reference", length = 100)
    public String providerReference;

    /** Why there was no answer; only for UNAVAILABLE. */
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    public PlatformFailure.Kind failure;

    @Column(name = "failure_detail", length = 200)
    public String failureDetail;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "checked_by", nullable = false, length = 200)
    public String checkedBy;

    @Column(name = "request_id", length = 64)
    public String requestId;

    public List<String> mismatchedFieldNames() {
        return mismatchedFields == null ? List.of() : Arrays.asList(mismatchedFields.split(","));
    }

    public static String joinFields(List<IdentityField> fields) {
        return fields.isEmpty() ? null : String.join(",", fields.stream().map(IdentityField::jsonName).toList());
    }
}
