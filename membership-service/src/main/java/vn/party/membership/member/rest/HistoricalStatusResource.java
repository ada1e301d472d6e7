package vn.party.membership.member.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;
import vn.party.membership.member.HistoricalStatuses;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;

@Path("/api/membership/members/{id}/historical-statuses")
@Tag(name = "Members", description = "Sổ đảng viên: the member register")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HistoricalStatusResource {

    @Inject
    HistoricalStatuses historicalStatuses;

    @Inject
    MemberService members;

    @POST
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Load a status of the past from a paper record (e.g. an expulsion of 2018), naming the source"
            + " document (bloc-admin). Dated before today; becomes the current status only when it is the latest"
            + " entry. Audited")
    public Response load(@PathParam("id") UUID id, @NotNull @Valid HistoricalStatusRequest request) {
        Member member = historicalStatuses.load(id, request);
        return Response.ok(MemberViews.Dossier.of(member, members.revealsNationalId(member)))
                .tag(new EntityTag(Long.toString(member.version))).build();
    }
}
