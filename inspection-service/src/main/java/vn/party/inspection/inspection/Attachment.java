package vn.party.inspection.inspection;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Metadata of a document filed with a step; the file itself is kept by document storage under {@code storageRef}. */
@Entity
@Table(name = "inspection_attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "step_id", nullable = false)
    public UUID stepId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 255)
    public String name;

    @Column(name = "media_type", nullable = false, length = 127)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "storage_ref", nullable = false, length = 500)
    public String storageRef;
}
