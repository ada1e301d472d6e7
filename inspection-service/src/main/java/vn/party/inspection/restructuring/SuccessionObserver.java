package vn.party.inspection.restructuring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import vn.party.common.persistence.restructuring.OpenRecordSuccession;
import vn.party.common.persistence.restructuring.Succession;
import vn.party.replica.OrganizationSucceeded;

/**
 * When the replica learns that an organization was merged, dissolved into another or split, the open discipline
 * cases, inspections, supervisions and programme items it held follow (one successor) or are listed for the bloc
 * office (split). Synchronous, inside the transaction applying the feed entry: the move commits with the replica's
 * change or not at all. Idempotent (a replay or rebuild finds nothing left on the predecessor).
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
