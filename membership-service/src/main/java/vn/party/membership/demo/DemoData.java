package vn.party.membership.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.party.common.time.PartyClock;

/**
 * Seeds the demo register at start, so a local run is usable at once: the organizations and the member record
 * that the demo realm's users point at (deploy/keycloak/realm.json), then a generated bloc of
 * {@code party.demo-data.members} members (see {@link DemoRegister}). Off unless
 * {@code party.demo-data.enabled=true}; never overwrites existing rows, and generates only into an empty register.
 */
public class DemoData {

    public static final UUID BLOC = DemoRegister.BLOC;
    public static final UUID TRANSPORT_DEPARTMENT = DemoRegister.TRANSPORT_DEPARTMENT;
    public static final UUID TRANSPORT_OFFICE_CELL = DemoRegister.TRANSPORT_OFFICE_CELL;
    public static final UUID JUSTICE_DEPARTMENT_CELL = DemoRegister.JUSTICE_DEPARTMENT_CELL;
    public static final UUID DEMO_MEMBER = DemoRegister.DEMO_MEMBER;

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    DataSource dataSource;

    void seed(@Observes StartupEvent startup,
            @ConfigProperty(name = "party.demo-data.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "party.demo-data.members", defaultValue = "5000") int members,
            @ConfigProperty(name = "party.demo-data.seed", defaultValue = "20251") long seed) throws SQLException {
        if (!enabled) {
            return;
        }
        LOG.infof("Demo data: ensuring the demo organizations and member; generating %d members into an empty register",
                members);
        try (Connection connection = dataSource.getConnection()) {
            DemoRegister.load(connection, members, PartyClock.date(), seed, LOG::info);
        }
    }
}
