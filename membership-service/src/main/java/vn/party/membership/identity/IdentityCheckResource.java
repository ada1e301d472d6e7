package vn.party.membership.identity;

import java.net.URI;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.Roles;

@Path("/api/membership/members/{id}/identity-checks")
@Tag(name = "Identity checks", description = "Đối chiếu CCCD, họ tên, ngày sinh với CSDL quốc gia về dân cư (LGSP/NDOP)")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityCheckResource {

    private static final String WHO = " (bloc-admin; secretary of the member's organization subtree)";
    /** The platform refused the request or answered nonsense: retrying as is will not help. */
    static final URI BAD_GATEWAY = URI.create("https://party.gov.vn/problems/bad-gateway");

    @Inject
    IdentityCheckService checks;

    @POST
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Check the member's stored CCCD, full name and date of birth against the national population"
            + " database and record the result" + WHO + ": 201 VERIFIED / MISMATCH (naming the fields) / NOT_FOUND;"
            + " no answer after the retries is recorded as UNAVAILABLE and answered 503 (502 when the platform"
            + " refused the request) with the record's id; 503 when no provider is configured (nothing recorded)")
    @APIResponse(responseCode = "201", description = "The platform answered; the check is recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IdentityCheckViews.Check.class)))
    @APIResponse(responseCode = "503", description = "No answer after the retries (recorded as UNAVAILABLE, its id in"
            + " identityCheckId), or no provider configured (nothing recorded, no identityCheckId)",
            content = @Content(mediaType = vn.party.common.problem.Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = IdentityCheckViews.Problem.class)))
    @APIResponse(responseCode = "502", description = "The platform refused the request or answered something"
            + " unreadable; not retried; recorded as UNAVAILABLE",
            content = @Content(mediaType = vn.party.common.problem.Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = IdentityCheckViews.Problem.class)))
    public Response check(@PathParam("id") UUID id, @Context UriInfo uri) {
        IdentityCheck check = checks.check(id);
        URI location = URI.create("/api/membership/members/" + id + "/identity-checks/" + check.id);
        if (check.outcome != IdentityOutcome.UNAVAILABLE) {
            return Response.created(location).entity(IdentityCheckViews.Check.of(check)).build();
        }
        boolean retryLater = check.failure.isTransient();
        int status = retryLater ? 503 : 502;
        String detail = retryLater
                ? "Nền tảng tích hợp không phản hồi sau " + check.attempts + " lần thử; đã ghi nhận lần đối chiếu "
                        + check.id + " là UNAVAILABLE, hãy thử lại sau (the integration platform did not answer; the"
                        + " attempt was recorded)"
                : "Nền tảng tích hợp từ chối yêu cầu hoặc trả lời không đọc được (" + check.failureDetail + "); đã ghi"
                        + " nhận lần đối chiếu " + check.id + " là UNAVAILABLE (the platform refused the request; not"
                        + " retried; the attempt was recorded)";
        IdentityCheckViews.Problem problem = new IdentityCheckViews.Problem(
                retryLater ? ProblemType.SERVICE_UNAVAILABLE.uri() : BAD_GATEWAY,
                retryLater ? ProblemType.SERVICE_UNAVAILABLE.title() : "Bad gateway", status, detail,
                uri.getRequestUri().getRawPath(), check.id, check.outcome, check.failure, check.attempts);
        return Response.status(status).type(vn.party.common.problem.Problem.MEDIA_TYPE).location(location)
                .entity(problem).build();
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "The member's identity checks, newest first" + WHO)
    public Page<IdentityCheckViews.Check> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return checks.history(id, page).map(IdentityCheckViews.Check::of);
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "The latest check and when the member was last VERIFIED" + WHO)
    public IdentityCheckViews.Summary summary(@PathParam("id") UUID id) {
        return IdentityCheckViews.Summary.of(checks.summary(id));
    }

    @GET
    @Path("/{checkId}")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "One recorded check" + WHO)
    public IdentityCheckViews.Check get(@PathParam("id") UUID id, @PathParam("checkId") UUID checkId) {
        return IdentityCheckViews.Check.of(checks.get(id, checkId));
    }
}
