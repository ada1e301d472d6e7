package vn.party.membership.admission;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;

@Path("/api/membership/members/{id}/recognition")
@Tag(name = "Probation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecognitionResource {

    @Inject
    ProbationService probation;

    @POST
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Recognise a probationary member as official after a passing vote; the official date is the exact end of probation (bloc-admin; secretary within scope)")
    public ProbationRequests.Outcome post(@PathParam("id") UUID id, @Valid ProbationRequests.Vote request) {
        return probation.recognize(id, request);
    }
}
