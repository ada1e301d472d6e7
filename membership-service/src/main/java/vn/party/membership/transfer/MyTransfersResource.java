package vn.party.membership.transfer;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.CallerContext;
import vn.party.common.security.Roles;
import vn.party.membership.member.Member;

@Path("/api/membership/me/transfers")
@Tag(name = "Self-service", description = "The member's own record (mobile home screen)")
@Produces(MediaType.APPLICATION_JSON)
public class MyTransfersResource {

    @Inject
    TransferService transfers;

    @Inject
    CallerContext callerContext;

    @GET
    // people and provincial systems; the services' own clients have no record and no tree to read
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INSPECTION_HEAD, Roles.MEMBER, Roles.INTEGRATION})
    @Operation(summary = "Your own transfers, oldest first (from the member_id of your token; read-only)")
    public List<TransferView> mine() {
        UUID memberId = callerContext.caller().memberId().orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "Tài khoản chưa gắn với hồ sơ đảng viên (no member record is linked to this account)"));
        if (Member.findById(memberId) == null) {
            throw new ProblemException(ProblemType.NOT_FOUND,
                    "Không tìm thấy hồ sơ đảng viên của bạn (your member record was not found)");
        }
        return transfers.ofMember(memberId).stream().map(TransferView::of).toList();
    }
}
