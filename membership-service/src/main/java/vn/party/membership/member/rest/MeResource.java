package vn.party.membership.member.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

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
    @Authenticated
    @Operation(summary = "Your own member record and organization (from the member_id of your token)")
    public MemberViews.Me me() {
        Member member = members.me();
        Organization organization = Organization.findById(member.organizationId);
        return new MemberViews.Me(MemberViews.Dossier.of(member, true), new MemberViews.OrganizationRef(
                organization.id, organization.code, organization.name, organization.type.vietnameseName()));
    }
}
