package vn.party.common.security;

/** The realm roles every service understands (see docs/architecture.md, "Security model"). */
public final class Roles {

    /** Bloc office staff: everything, everywhere. */
    public static final String BLOC_ADMIN = "bloc-admin";
    /** Secretary of an organization: reads and manages that organization's subtree. */
    public static final String ORG_SECRETARY = "org-secretary";
    /** Inspection-committee staff: read within their committee's organization subtree. */
    public static final String INSPECTOR = "inspector";
    /** Head of an inspection committee: assigns (and re-assigns) denunciations within the committee's subtree. */
    public static final String INSPECTION_HEAD = "inspection-head";
    /** An ordinary party member: themselves only. */
    public static final String MEMBER = "member";
    /** A machine client of another provincial system: read-only within its granted subtree. */
    public static final String INTEGRATION = "integration";
    /** inspection-service's own client only: delivers discipline effects to membership. */
    public static final String EFFECTS_PRODUCER = "effects-producer";
    /** events-service's own client only: reads membership's member-event feed. */
    public static final String EVENT_FEED_READER = "event-feed-reader";
    /**
     * The service clients that keep a replica of the organization tree (inspection's and events'): read membership's
     * organization feed and nothing else of membership's with this role.
     */
    public static final String ORGANIZATION_FEED_READER = "organization-feed-reader";

    private Roles() {
    }
}
