package vn.party.membership.member.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


import vn.party.common.security.Roles;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;
import vn.party.membership.organization.Organization;

@Path("/api/membership/me")
@Tag(name = "Self-service", description = "The member's own record (mobile home screen)")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    MemberService members;

    @GET
    // people and provincial systems; the services' own clients have no record and no tree to read
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INSPECTION_HEAD, Roles.MEMBER, Roles.INTEGRATION})
    @Operation(summary = "Your own member record and organization (from the member_id of your token)")
    public MemberViews.Me me() {
        Member member = members.me();
        Organization organization = Organization.findById(member.organizationId);
        return new MemberViews.Me(MemberViews.Dossier.of(member, true), new MemberViews.OrganizationRef(
                organization.id, organization.code, organization.name, organization.type.vietnameseName()));
    }
}
