package vn.party.events.restructuring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import vn.party.common.persistence.restructuring.OpenRecordSuccession;
import vn.party.common.persistence.restructuring.Succession;
import vn.party.replica.OrganizationSucceeded;

/**
 * When the replica learns that an organization was merged, dissolved into another or split, its open follow-up
 * tasks (lead, issuer or coordinator) follow the successor, or after a split are listed for the bloc office.
 * Synchronous, inside the transaction applying the feed entry; idempotent (a replay finds nothing left).
 *
 * <p>What does not move: meetings (a meeting is an act of the body that convened it; one scheduled by an organization
 * that ceased is re-convened by its successor, and past ones stay its history), documents, ratings, commendations and
 * campaign contributions (records of the past). Year figures count them with the successor through the replica's
 * subtree, which includes ceased predecessors (docs/architecture.md, "Time").
 */
@ApplicationScoped
public class SuccessionObserver {

    /** The actor of the history entries the feed writes. */
    static final String ACTOR = "organization-feed";

    private static final Logger LOG = Logger.getLogger(SuccessionObserver.class);

    @Inject
    OpenRecordSuccession openRecords;

    void succeeded(@Observes OrganizationSucceeded event) {
        OpenRecordSuccession.Outcome outcome = openRecords.follow(new Succession(event.predecessorId(),
                event.successorIds(), event.kind(), event.effectiveOn()), ACTOR);
        if (outcome.moved() + outcome.listed() > 0) {
            LOG.infof("Organization %s %s (feed position %d): %d open records moved, %d listed for assignment",
                    event.predecessorId(), event.kind(), event.position(), outcome.moved(), outcome.listed());
        }
    }
}
