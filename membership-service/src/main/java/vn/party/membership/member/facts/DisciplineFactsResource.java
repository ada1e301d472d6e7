package vn.party.membership.member.facts;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;
import vn.party.contracts.facts.DisciplineFacts;

@Path("/api/membership/members/{id}/discipline-facts")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
public class DisciplineFactsResource {

    @Inject
    DisciplineFactsService facts;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR})
    @Operation(summary = "What a discipline or inspection decision needs about a member: status, current organization,"
            + " probationary, committee posts held today (contract vn.party.contracts.facts.DisciplineFacts). bloc-admin;"
            + " secretary, inspector within scope. Not the dossier: no personal data and no dossier-read audit entry")
    public DisciplineFacts get(@PathParam("id") UUID id) {
        return facts.facts(id);
    }
}
