package vn.party.membership.organization.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.security.Roles;
import vn.party.membership.organization.Organization;
import vn.party.membership.organization.service.OrganizationService;
import vn.party.membership.organization.service.OrganizationTree;

@Path("/api/membership/organizations")
@Tag(name = "Organizations", description = "Tổ chức đảng: the organization tree")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationTree tree;

    @POST
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Create an organization under a parent in your scope (roots: bloc-admin only)")
    public Response create(@Valid OrganizationRequests.Create request) {
        Organization created = organizations.create(request);
        return Response.created(URI.create("/api/membership/organizations/" + created.id))
                .tag(etag(created))
                .entity(OrganizationView.of(created))
                .build();
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Organizations you may read (the whole tree for bloc-admin, else your subtree), by code, paged;"
            + " q searches names ignoring accents and case (every word must occur) or codes")
    public Page<OrganizationView> list(@Valid @BeanParam PageRequest page,
            @Parameter(description = "Words of the name, e.g. 'so giao thong' finds 'Sở Giao thông vận tải'")
            @QueryParam("q") @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)") String q) {
        return organizations.visible(page, q).map(OrganizationView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Read an organization in your scope; with asOf, as it was on that day (OrganizationAsOf,"
            + " with its member count then; 404 if it did not exist yet)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {OrganizationView.class, OrganizationTreeViews.AsOf.class})))
    public Response get(@PathParam("id") UUID id,
            @Parameter(description = "A past day, e.g. 2021-12-31") @QueryParam("asOf") String asOf) {
        LocalDate day = OrganizationTree.parseAsOf(asOf);
        if (day != null) {
            return Response.ok(tree.asOf(id, day)).build();
        }
        Organization organization = organizations.get(id);
        return Response.ok(OrganizationView.of(organization)).tag(etag(organization)).build();
    }

    @GET
    @Path("/{id}/subtree")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "The organization and all its active descendants, any depth, as a flat depth-first list"
            + " (parentId, depth) with active member counts; with asOf, the tree as it was on that day")
    public OrganizationTreeViews.Subtree subtree(@PathParam("id") UUID id,
            @Parameter(description = "A past day, e.g. 2021-12-31") @QueryParam("asOf") String asOf) {
        return tree.subtree(id, OrganizationTree.parseAsOf(asOf));
    }

    @GET
    @Path("/{id}/ancestors")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Breadcrumb: the organization's ancestors and itself, root first (asOf: as on that day)")
    public List<OrganizationTreeViews.Crumb> ancestors(@PathParam("id") UUID id,
            @Parameter(description = "A past day, e.g. 2021-12-31") @QueryParam("asOf") String asOf) {
        return tree.ancestors(id, OrganizationTree.parseAsOf(asOf));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "The organization's effective-dated periods, oldest first: what changed, from when, by which"
            + " decision, and who took over when it closed")
    public List<OrganizationTreeViews.HistoryEntry> history(@PathParam("id") UUID id) {
        return tree.history(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Edit name, host agency and founding date; send the version you read (409 if stale)")
    public Response update(@PathParam("id") UUID id, @Valid OrganizationRequests.Update request) {
        Organization organization = organizations.update(id, request);
        return Response.ok(OrganizationView.of(organization)).tag(etag(organization)).build();
    }

    @GET
    @Path("/{id}/children")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Direct children of an organization, by code, paged")
    public Page<OrganizationView> children(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return organizations.children(id, page).map(OrganizationView::of);
    }

    /**
     * The organization and its ancestors up to the root. Only ids, so any authenticated caller may ask:
     * the other services use it to decide organization scope.
     */
    @GET
    @Path("/{id}/ancestry")
    // people and provincial systems; the services' own clients have no record and no tree to read
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INSPECTION_HEAD, Roles.MEMBER, Roles.INTEGRATION})
    @Operation(summary = "Ids of the organization and its ancestors, nearest first (used for scope checks)")
    public List<UUID> ancestry(@PathParam("id") UUID id) {
        return organizations.ancestry(id)
                .orElseThrow(() -> vn.party.common.problem.ProblemException.notFound("Tổ chức", id));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Who changed this organization, when, and what (bloc-admin)")
    public List<AuditEntryView> audit(@PathParam("id") UUID id) {
        return organizations.auditHistory(id).stream().map(AuditEntryView::of).toList();
    }

    private static EntityTag etag(Organization organization) {
        return new EntityTag(Long.toString(organization.version));
    }
}
