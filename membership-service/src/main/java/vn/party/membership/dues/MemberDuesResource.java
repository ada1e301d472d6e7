package vn.party.membership.dues;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.security.Roles;
import vn.party.membership.organization.rest.AuditEntryView;

@Path("/api/membership/members/{id}/dues")
@Tag(name = "Party dues", description = "Đảng phí: a member's dues basis, payments per month and statement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
public class MemberDuesResource {

    @Inject
    DuesService dues;

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.MEMBER})
    @Operation(summary = "Month by month from `from` to `to` (YYYY-MM; default January to the current month): owed or"
            + " not, basis, due, paid, outstanding, payments; totals and balance (paid − due). Readers in scope and the"
            + " member themselves")
    public DuesViews.Statement statement(@PathParam("id") UUID id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        YearMonth current = YearMonth.from(dues.today());
        YearMonth end = DuesMonths.parse("to", to, current);
        return dues.statement(id, DuesMonths.parse("from", from, YearMonth.of(end.getYear(), 1)), end);
    }

    @GET
    @Path("/bases")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.MEMBER})
    @Operation(summary = "The member's dues bases, oldest first (each in force from its month until the next)")
    public List<DuesViews.BasisView> bases(@PathParam("id") UUID id) {
        return dues.bases(id).stream().map(DuesViews.BasisView::of).toList();
    }

    @POST
    @Path("/bases")
    @Operation(summary = "Set the member's dues basis from a month: SALARIED (monthlyIncome), PENSIONER"
            + " (monthlyPension) or OTHER (bandCode), plus voluntaryExtra; the secretary of the member's organization"
            + " or bloc-admin")
    public Response addBasis(@PathParam("id") UUID id, @NotNull @Valid DuesRequests.Basis request) {
        DuesBasis basis = dues.addBasis(id, request);
        return Response.created(URI.create("/api/membership/members/" + id + "/dues/bases/" + basis.id))
                .tag(new EntityTag(Long.toString(basis.version))).entity(DuesViews.BasisView.of(basis)).build();
    }

    @PUT
    @Path("/bases/{basisId}")
    @Operation(summary = "Correct a dues basis: send the version you read (stale → 409)")
    public Response updateBasis(@PathParam("id") UUID id, @PathParam("basisId") UUID basisId,
            @NotNull @Valid DuesRequests.Basis request) {
        DuesBasis basis = dues.updateBasis(id, basisId, request);
        return Response.ok(DuesViews.BasisView.of(basis)).tag(new EntityTag(Long.toString(basis.version))).build();
    }

    @GET
    @Path("/bases/{basisId}/audit")
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Who set or changed this basis, when, and what (bloc-admin)")
    public List<AuditEntryView> basisAudit(@PathParam("id") UUID id, @PathParam("basisId") UUID basisId) {
        return dues.basisAudit(id, basisId).stream().map(AuditEntryView::of).toList();
    }

    @POST
    @Path("/payments")
    @Operation(summary = "Record a payment towards a month (several payments may make up a month); refused (422) before"
            + " the month of admission, for a month not owed or without a basis, and beyond the month's outstanding due")
    public Response pay(@PathParam("id") UUID id, @NotNull @Valid DuesRequests.Payment request) {
        DuesPayment payment = dues.pay(id, request);
        return Response.created(URI.create("/api/membership/members/" + id + "/dues/payments/" + payment.id))
                .entity(DuesViews.PaymentView.of(payment)).build();
    }

    @GET
    @Path("/payments")
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.MEMBER})
    @Operation(summary = "The member's payments for months from `from` to `to` (YYYY-MM; default: all), paged")
    public Page<DuesViews.PaymentView> payments(@PathParam("id") UUID id, @QueryParam("from") String from,
            @QueryParam("to") String to, @Valid @BeanParam PageRequest page) {
        return dues.payments(id, DuesMonths.parse("from", from, YearMonth.of(1930, 1)),
                DuesMonths.parse("to", to, YearMonth.of(9999, 12)), page).map(DuesViews.PaymentView::of);
    }

    @GET
    @Path("/payments/{paymentId}/audit")
    @RolesAllowed(Roles.BLOC_ADMIN)
    @Operation(summary = "Who recorded this payment, when, and what (bloc-admin)")
    public List<AuditEntryView> paymentAudit(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId) {
        return dues.paymentAudit(id, paymentId).stream().map(AuditEntryView::of).toList();
    }
}
