package vn.party.membership.effects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;

@Path("/api/membership/effects")
@Tag(name = "Inspection effects", description = "Idempotent receiver of inspection-service's outbox (effects-producer only)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EffectResource {

    @Inject
    EffectReceiver receiver;

    @Inject
    EffectProof proof;

    @POST
    @RolesAllowed(Roles.EFFECTS_PRODUCER)
    @Operation(summary = "Deliver one effect (MEMBER_EXPELLED, MEMBER_SUSPENSION_STARTS/ENDS, MEMBER_REMOVED_FROM_POST,"
            + " DISCIPLINE_ANNULLED/REDUCED, ORGANIZATION_DISSOLVED). Exactly once per id: a repeated id answers 200 with"
            + " the stored outcome and changes nothing; an effect dated after today is SCHEDULED and applied on its"
            + " date. Unknown member 404, unknown effect 422. proof = inspection's JWS over the delivery; missing,"
            + " forged or not matching: 422 effect.proof, nothing applied, audited (effects-producer only: inspection's"
            + " client)")
    public EffectView receive(@NotNull @Valid EffectRequests.Delivery delivery) {
        // the role says who may call; the proof says the decision is inspection's: both, before anything is applied
        var refusal = proof.refusal(delivery);
        if (refusal.isPresent()) {
            throw receiver.refuse(delivery, refusal.get());
        }
        return receiver.receive(delivery);
    }
}
