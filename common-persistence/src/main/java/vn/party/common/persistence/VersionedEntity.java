package vn.party.common.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.time.PartyClock;

/**
 * An editable record: optimistic-lock {@code version} (a stale write is a 409, never a silent overwrite) and
 * creation/update instants in UTC. Tables need {@code version BIGINT}, {@code created_at} and
 * {@code updated_at TIMESTAMPTZ}.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Refuses an edit based on another version than the current one. */
    public void requireVersion(long versionTheClientRead) {
        if (version != versionTheClientRead) {
            throw new ProblemException(ProblemType.STALE_VERSION,
                    "Bản ghi đã bị người khác sửa (phiên bản hiện tại " + version + ", bạn gửi " + versionTheClientRead
                            + "); tải lại rồi thử lại (reload and retry)");
        }
    }

    @PrePersist
    void stampCreation() {
        createdAt = PartyClock.instant(); // JPA callback: no CDI injection in an entity
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = PartyClock.instant();
    }
}
