package vn.party.inspection.discipline.outbox.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Roles;
import vn.party.inspection.discipline.outbox.OutboxAdmin;
import vn.party.inspection.discipline.outbox.OutboxMessage;

@Path("/api/inspection/discipline/outbox")
@Tag(name = "Discipline outbox", description = "Hiệu lực kỷ luật chờ chuyển sang dịch vụ đảng viên (bloc-admin)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BLOC_ADMIN)
public class OutboxResource {

    @Inject
    OutboxAdmin outbox;

    @GET
    @Operation(summary = "Effects for membership-service by delivery state (default: PENDING and PARKED), oldest first")
    public Page<View> list(@QueryParam("state") List<String> states, @Valid @BeanParam PageRequest page) {
        return outbox.list(parseStates(states), page).map(View::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One effect and its delivery attempts")
    public View get(@PathParam("id") UUID id) {
        return View.of(outbox.get(id));
    }

    @POST
    @Path("/{id}/requeue")
    @Operation(summary = "Re-queue a parked effect: the relay tries it again on its next pass (409 unless PARKED)")
    public View requeue(@PathParam("id") UUID id) {
        return View.of(outbox.requeue(id));
    }

    private static Set<OutboxMessage.State> parseStates(List<String> values) {
        Set<OutboxMessage.State> states = EnumSet.noneOf(OutboxMessage.State.class);
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    states.add(OutboxMessage.State.valueOf(part.trim()));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalidField("state",
                            "một trong PENDING, PARKED, DELIVERED, SUPERSEDED (one of PENDING, PARKED, DELIVERED, SUPERSEDED)");
                }
            }
        }
        return states;
    }

    public record View(UUID id, String aggregateType, UUID aggregateId, String effect, UUID memberId, UUID organizationId,
            LocalDate effectiveDate, OutboxMessage.State state, int attempts, Instant nextAttemptAt, Instant lastAttemptAt,
            Integer lastStatus, String lastError, Instant parkedAt, UUID supersededBy, Instant createdAt,
            Instant deliveredAt, @JsonRawValue String payload) {

        static View of(OutboxMessage m) {
            return new View(m.id(), m.aggregateType(), m.aggregateId(), m.effect(), m.memberId(), m.organizationId(),
                    m.effectiveDate(), m.state(), m.attempts(), m.nextAttemptAt(), m.lastAttemptAt(), m.lastStatus(),
                    m.lastError(), m.parkedAt(), m.supersededBy(), m.createdAt(), m.deliveredAt(), m.payload());
        }
    }
}
