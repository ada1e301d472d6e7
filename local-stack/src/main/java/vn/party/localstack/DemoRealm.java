package vn.party.localstack;

/** The clients of deploy/keycloak/demo/realm-demo.json the services log in with; demo secrets, local runs only. */
final class DemoRealm {

    /** inspection-service: delivers discipline effects, reads the organization feed (effects-producer, organization-feed-reader). */
    static final String INSPECTION_CLIENT = "party-inspection";
    static final String INSPECTION_SECRET = "inspection-secret";
    /** events-service: reads membership's member-event and organization feeds (event-feed-reader, organization-feed-reader). */
    static final String EVENTS_CLIENT = "party-events";
    static final String EVENTS_SECRET = "events-secret";

    private DemoRealm() {
    }
}
