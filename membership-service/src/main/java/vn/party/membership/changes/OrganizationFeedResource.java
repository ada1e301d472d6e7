package vn.party.membership.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.problem.ProblemException;
import vn.party.common.security.Roles;
import vn.party.contracts.organization.OrganizationFeed;

/** The internal organization feed the other services' organization replicas follow (not reachable through the gateway). */
@Path("/api/membership/organization-feed")
@Tag(name = "Domain events", description = "Internal feed of member and organization changes for other services")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationFeedResource {

    static final int MAX_LIMIT = 1000;

    @Inject
    OrganizationFeedReader reader;

    @GET
    @RolesAllowed(Roles.ORGANIZATION_FEED_READER)
    @Operation(summary = "Organization changes after a change-log position, oldest first, each with the organization's"
            + " whole effective-dated timeline and successions (organization-feed-reader: inspection's and events'"
            + " clients). Apply each entry as 'replace what you hold for this organization'; head - your position is"
            + " your lag")
    public OrganizationFeed feed(
            @Parameter(description = "the last position already applied (0 or absent: from the beginning)")
            @QueryParam("after") String after,
            @Parameter(description = "1.." + MAX_LIMIT + ", default 100") @QueryParam("limit") String limit) {
        return reader.after(FeedCursor.sequence("after", after), limit(limit));
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return 100;
        }
        String digits = value.trim();
        if (digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)
                || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > MAX_LIMIT) {
            throw ProblemException.invalidField("limit",
                    "phải từ 1 đến " + MAX_LIMIT + " (must be 1 to " + MAX_LIMIT + ")");
        }
        return Integer.parseInt(digits);
    }
}
