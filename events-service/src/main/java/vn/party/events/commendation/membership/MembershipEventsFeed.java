package vn.party.events.commendation.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import vn.party.common.persistence.remote.OutsideTransaction;
import vn.party.contracts.memberevents.MemberEventPage;

/**
 * The poller's one way to read membership's event feed: never inside an open transaction ({@link OutsideTransaction},
 * a failure in tests), so the cursor row is never held locked while membership is asked.
 */
@ApplicationScoped
@OutsideTransaction
public class MembershipEventsFeed {

    @Inject
    @RestClient
    MembershipEventsClient client;

    /** The page of events after {@code after}, at most {@code limit}. */
    public MemberEventPage after(long after, int limit) {
        return client.after(after, limit);
    }
}
