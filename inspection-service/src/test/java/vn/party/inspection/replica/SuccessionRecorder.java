package vn.party.inspection.replica;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import vn.party.replica.OrganizationSucceeded;

/** Test observer: every OrganizationSucceeded the replica fires. */
@ApplicationScoped
public class SuccessionRecorder {

    private final List<OrganizationSucceeded> seen = new CopyOnWriteArrayList<>();

    void on(@Observes OrganizationSucceeded event) {
        seen.add(event);
    }

    public List<OrganizationSucceeded> of(UUID predecessor) {
        return seen.stream().filter(e -> e.predecessorId().equals(predecessor)).toList();
    }
}
