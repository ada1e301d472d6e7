package vn.party.membership.committee.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.security.Roles;
import vn.party.membership.committee.CommitteeTerm;
import vn.party.membership.committee.service.TermService;

@Path("/api/membership/organizations/{organizationId}/terms")
@Tag(name = "Committees", description = "Nhiệm kỳ, cấp ủy, UBKT: terms, committees and who held which post when")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationTermResource {

    @Inject
    TermService terms;

    @POST
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Open a term (nhiệm kỳ) of an organization in your scope; terms must not overlap")
    public Response create(@PathParam("organizationId") UUID organizationId, @Valid TermRequests.Create request) {
        CommitteeTerm term = terms.create(organizationId, request);
        return Response.created(URI.create("/api/membership/terms/" + term.id))
                .tag(new EntityTag(Long.toString(term.version)))
                .entity(TermView.of(term))
                .build();
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "The organization's terms, newest first, paged")
    public Page<TermView> list(@PathParam("organizationId") UUID organizationId, @Valid @BeanParam PageRequest page) {
        return terms.list(organizationId, page).map(TermView::of);
    }
}
