package vn.party.membership.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;
import vn.party.contracts.memberevents.ResourceType;

/** Change feeds for provincial e-government systems (machine clients with role {@code integration}). */
@Path("/api/integration")
@Tag(name = "Integration feeds", description = """
        Đồng bộ thay đổi cho hệ thống của tỉnh (LGSP): keep an exact copy of the members and organizations of your
        subtree. Start with no `since`; apply the items in order (UPSERT: replace your record by `data`; DELETE:
        remove the record, it left your subtree); store `cursor` and pass it as `since` next time; while `hasMore`
        is true, call again at once. The cursor is opaque; a malformed one is 400. Read-only: any write is 403.""")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationFeedResource {

    private static final String SINCE = "the `cursor` of the previous answer; absent or empty: from the beginning";
    private static final String LIMIT = "items per page, 1..500, default 100";

    @Inject
    ChangeFeed feed;

    @GET
    @Path("/members/changes")
    @RolesAllowed({Roles.INTEGRATION, Roles.BLOC_ADMIN})
    @Operation(summary = "Changes of the members of your organization subtree (integration, bloc-admin)",
            description = "data: id, fullName, familyName, givenName, gender, birthYear, organizationId, status,"
                    + " admissionDate, officialDate; nationalId (CCCD) only when the token's scope contains"
                    + " national-id. A member who moved out of your subtree comes as DELETE.")
    @APIResponse(responseCode = "200", description = "A page of changes", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "members", value = """
                    {"items": [
                      {"id": "00000000-0000-4000-8000-000000000101", "change": "UPSERT", "sequence": 812,
                       "data": {"id": "00000000-0000-4000-8000-000000000101", "fullName": "Nguyễn Văn An",
                         "familyName": "Nguyễn", "givenName": "An", "gender": "MALE", "birthYear": 1985,
                         "organizationId": "00000000-0000-4000-8000-000000000011", "status": "OFFICIAL",
                         "admissionDate": "2015-05-19", "officialDate": "2016-05-19"}},
                      {"id": "00000000-0000-4000-8000-000000000102", "change": "DELETE", "sequence": 815,
                       "data": null}],
                     "cursor": "djE6ODE1", "hasMore": false}""")))
    public FeedViews.ItemPage members(@Parameter(description = SINCE) @QueryParam("since") String since,
            @Parameter(description = LIMIT) @QueryParam("limit") String limit) {
        return feed.changes(ResourceType.MEMBER, since, FeedCursor.limit(limit, 100));
    }

    @GET
    @Path("/organizations/changes")
    @RolesAllowed({Roles.INTEGRATION, Roles.BLOC_ADMIN})
    @Operation(summary = "Changes of the organizations of your subtree (integration, bloc-admin)",
            description = "data: id, code, name, type, parentId, status, hostAgency, foundedOn, dissolvedOn,"
                    + " successorId. An organization moved out of your subtree comes as DELETE.")
    @APIResponse(responseCode = "200", description = "A page of changes", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "organizations", value = """
                    {"items": [
                      {"id": "00000000-0000-4000-8000-000000000011", "change": "UPSERT", "sequence": 3,
                       "data": {"id": "00000000-0000-4000-8000-000000000011", "code": "GTVT-VP",
                         "name": "Chi bộ Văn phòng Sở", "type": "SUBORDINATE_CELL",
                         "parentId": "00000000-0000-4000-8000-000000000010", "status": "ACTIVE", "hostAgency": null,
                         "foundedOn": "2010-01-01", "dissolvedOn": null, "successorId": null}}],
                     "cursor": "djE6Mw", "hasMore": false}""")))
    public FeedViews.ItemPage organizations(@Parameter(description = SINCE) @QueryParam("since") String since,
            @Parameter(description = LIMIT) @QueryParam("limit") String limit) {
        return feed.changes(ResourceType.ORGANIZATION, since, FeedCursor.limit(limit, 100));
    }
}
