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
import vn.party.contracts.facts.SeniorityFacts;

@Path("/api/membership/members/{id}/seniority-facts")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
public class SeniorityFactsResource {

    @Inject
    SeniorityFactsService facts;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "What a commendation decision needs about a member: current organization, name, status,"
            + " admission decision, ceremony and official dates (contract vn.party.contracts.facts.SeniorityFacts)."
            + " bloc-admin; secretary, inspector, integration within scope. Not the dossier: no dossier-read audit entry")
    public SeniorityFacts get(@PathParam("id") UUID id) {
        return facts.facts(id);
    }
}
