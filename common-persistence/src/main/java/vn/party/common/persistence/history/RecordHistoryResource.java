package vn.party.common.persistence.history;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Roles;

/**
 * A record's history as the audit trail holds it (creation, changes, restructuring moves and listings), for the bloc
 * office: the one place where "where did this case come from" is answered for records that have no history view of
 * their own. Each service extends it with its own {@code @Path} ({@code /api/<service>/history}). Bloc-admin only:
 * the trail holds every field of every record the service keeps.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class RecordHistoryResource {

    private static final Pattern ENTITY_TYPE = Pattern.compile("[a-z][a-z-]{0,79}");

    @Inject
    AuditTrail auditTrail;

    @GET
    @Path("/{entityType}/{entityId}")
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "A record's history, oldest first (bloc-admin): entityType as the audit names it (e.g."
            + " discipline-case, inspection, supervision, inspection-plan-item, follow-up-task); 404 when the trail"
            + " holds nothing for it")
    @APIResponse(responseCode = "404", description = "no such entity type, or no history for the record")
    public List<HistoryEntry> history(@PathParam("entityType") String entityType,
            @PathParam("entityId") String entityId) {
        if (!ENTITY_TYPE.matcher(entityType).matches()) {
            throw ProblemException.invalidField("entityType", "chữ thường và dấu gạch ngang (lower-case words joined by -)");
        }
        if (entityId.length() > 80) {
            throw ProblemException.invalidField("entityId", "tối đa 80 ký tự (at most 80 characters)");
        }
        List<HistoryEntry> history = auditTrail.history(entityType, entityId).stream().map(HistoryEntry::of).toList();
        if (history.isEmpty()) {
            throw ProblemException.notFound("Lịch sử của " + entityType, entityId);
        }
        return history;
    }
}
