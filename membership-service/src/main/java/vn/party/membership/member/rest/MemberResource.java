package vn.party.membership.member.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import vn.party.membership.member.IdentifierSearches;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberSearch;
import vn.party.membership.member.MemberService;
import vn.party.membership.organization.rest.AuditEntryView;

@Path("/api/membership/members")
@Tag(name = "Members", description = "Sổ đảng viên: the member register")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    private static final String READERS_NOTE = " (bloc-admin; secretary, inspector, integration within scope)";

    @Inject
    MemberService members;

    @Inject
    MemberSearch search;

    @Inject
    IdentifierSearches identifierSearches;

    @POST
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Register a member in an organization of your scope")
    public Response register(@Valid MemberRequests.Register request) {
        Member member = members.register(request);
        return Response.created(URI.create("/api/membership/members/" + member.id))
                .tag(etag(member))
                .entity(MemberViews.Dossier.of(member, members.revealsNationalId(member)))
                .build();
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "List and search the register" + READERS_NOTE
            + ": q matches the name ignoring accents and case (never a CCCD or card number); nationalId= (bloc-admin,"
            + " integration with scope national-id; else 403) and cardNumber= match a whole number exactly and are"
            + " audited; position = a committee post held today; sorted by given name, family name")
    public Page<MemberViews.Summary> list(@Valid @BeanParam MemberFilter filter, @Valid @BeanParam PageRequest page) {
        MemberSearch.Criteria criteria = filter.criteria();
        Page<Member> found = search.search(criteria, page, members.today());
        identifierSearches.audit(criteria, found.totalItems());
        return found.map(member -> MemberViews.Summary.of(member, members.revealsNationalId(member)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "Read a member's dossier" + READERS_NOTE + "; members their own. Every read is audited")
    public Response get(@PathParam("id") UUID id) {
        Member member = members.readDossier(id);
        return Response.ok(MemberViews.Dossier.of(member, members.revealsNationalId(member))).tag(etag(member)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Correct a member's record; send the version you read (409 if stale)")
    public Response correct(@PathParam("id") UUID id, @Valid MemberRequests.Correct request) {
        Member member = members.correct(id, request);
        return Response.ok(MemberViews.Dossier.of(member, members.revealsNationalId(member))).tag(etag(member)).build();
    }

    @POST
    @Path("/{id}/status-changes")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Change a member's status with the date, reason and decision that caused it")
    public Response changeStatus(@PathParam("id") UUID id, @Valid MemberRequests.ChangeStatus request) {
        Member member = members.changeStatus(id, request);
        return Response.ok(MemberViews.Dossier.of(member, members.revealsNationalId(member))).tag(etag(member)).build();
    }

    @GET
    @Path("/{id}/status-changes")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "A member's status history, oldest first")
    public List<MemberViews.StatusChange> statusHistory(@PathParam("id") UUID id) {
        return members.statusHistory(id).stream().map(MemberViews.StatusChange::of).toList();
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Who read or changed this member's record, when, and what (bloc-admin)")
    public List<AuditEntryView> audit(@PathParam("id") UUID id) {
        return members.auditHistory(id).stream().map(AuditEntryView::of).toList();
    }

    private static EntityTag etag(Member member) {
        return new EntityTag(Long.toString(member.version));
    }
}
