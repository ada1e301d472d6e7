package vn.party.inspection.restructuring;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.persistence.restructuring.PendingAssignmentsResource;

/**
 * Open discipline cases, inspections, supervisions and programme items of a split organization (or one dissolved
 * without receiver), waiting for the bloc office.
 */
@Path("/api/inspection/restructuring/pending-assignments")
@Tag(name = "Restructuring",
        description = "Hồ sơ đang mở của tổ chức bị chia tách, giải thể, chờ giao cho tổ chức kế thừa")
public class PendingAssignmentResource extends PendingAssignmentsResource {
}
