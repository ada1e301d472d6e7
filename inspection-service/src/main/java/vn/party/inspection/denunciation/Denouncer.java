package vn.party.inspection.denunciation;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Who denounced: stored apart from the denunciation, shown only to the assigned inspector and bloc-admin. */
@Entity
@Table(name = "denouncer")
public class Denouncer extends PanacheEntityBase {

    @Id
    @Column(name = "denunciation_id")
    public UUID denunciationId;

    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;

    @Column(length = 300)
    public String contact;

    @Column(length = 500)
    public String address;
}
