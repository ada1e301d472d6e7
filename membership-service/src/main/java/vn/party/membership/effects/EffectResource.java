package vn.party.membership.effects;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.problem.Problems;
import vn.party.common.security.Roles;
import vn.party.contracts.effects.DisciplineEffect;
import vn.party.contracts.effects.EffectDelivery;

@Path("/api/membership/effects")
@Tag(name = "Inspection effects", description = "Idempotent receiver of inspection-service's outbox (effects-producer only)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EffectResource {

    private static final String REQUIRED = "bắt buộc (required)";
    private static final int MAX_PROOF = 20000;

    @Inject
    EffectReceiver receiver;

    @Inject
    EffectProof proof;

    @POST
    @RolesAllowed(Roles.EFFECTS_PRODUCER)
    @Operation(summary = "Deliver one effect (contract vn.party.contracts.effects.EffectDelivery: MEMBER_EXPELLED,"
            + " MEMBER_SUSPENSION_STARTS/ENDS, MEMBER_REMOVED_FROM_POST, DISCIPLINE_ANNULLED/REDUCED,"
            + " ORGANIZATION_DISSOLVED). Exactly once per id: a repeated id answers 200 with the stored outcome and"
            + " changes nothing; an effect dated after today is SCHEDULED and applied on its date. Unknown member 404,"
            + " unknown effect 422, a payload field the effect does not have 400. proof = inspection's JWS over the"
            + " delivery; missing, forged or not matching: 422 effect.proof, nothing applied, audited (effects-producer"
            + " only: inspection's client)")
    public EffectView receive(@NotNull EffectDelivery delivery) {
        require(delivery);
        // the role says who may call; the proof says the decision is inspection's: both, before anything is applied
        var refusal = proof.refusal(delivery);
        if (refusal.isPresent()) {
            throw receiver.refuse(delivery, refusal.get());
        }
        return receiver.receive(delivery);
    }

    /** The envelope's own fields; the payload's were checked by its record when the body was read. */
    private static void require(EffectDelivery delivery) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (delivery.id() == null) {
            errors.add(new Problem.FieldError("id", "bắt buộc: id của dòng outbox (required: the outbox row id)"));
        }
        if (delivery.payload() == null) {
            errors.add(new Problem.FieldError(EffectDelivery.EFFECT_PROPERTY, REQUIRED));
        }
        if (delivery.effectiveDate() == null) {
            errors.add(new Problem.FieldError("effectiveDate", REQUIRED));
        }
        if (delivery.proof() != null && delivery.proof().length() > MAX_PROOF) {
            errors.add(new Problem.FieldError("proof", "tối đa " + MAX_PROOF + " ký tự (at most " + MAX_PROOF
                    + " characters)"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.get(0).field() + ": " + errors.get(0).message(),
                    errors);
        }
    }

    /** An effect this contract version does not know: a rule of the receiver (422 on {@code effect}), as before. */
    @ServerExceptionMapper
    public Response unknownEffect(InvalidTypeIdException e, UriInfo uri) {
        String detail = "không thuộc " + DisciplineEffect.types().stream().map(DisciplineEffect::typeOf).toList()
                + " (unknown effect)";
        return Problems.response(Problems.of(ProblemType.RULE_VIOLATION, "Hiệu lực không được hỗ trợ: "
                + e.getTypeId() + " (unknown effect)", uri.getRequestUri().getRawPath(),
                List.of(new Problem.FieldError(EffectDelivery.EFFECT_PROPERTY, detail))));
    }
}
