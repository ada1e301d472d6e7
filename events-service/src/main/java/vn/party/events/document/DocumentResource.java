package vn.party.events.document;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.security.Roles;

@Path("/api/events/meetings/{meetingId}/documents")
@Tag(name = "Meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentResource {

    public record DocumentView(UUID id, UUID meetingId, UUID issuerId, DocumentType type, String period, int number,
            String symbol, String title, LocalDate issuedOn, Instant createdAt) {
        static DocumentView of(MeetingDocument d) {
            return new DocumentView(d.id, d.meetingId, d.issuerId, d.type, d.period, d.number, d.symbol, d.title,
                    d.issuedOn, d.createdAt);
        }
    }

    @Inject
    DocumentService documents;

    @POST
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY})
    @Operation(summary = "Issue a resolution, conclusion or notice: numbered per issuer, type and term/year without "
            + "gaps or duplicates (e.g. 05-NQ/ĐU)")
    public Response issue(@PathParam("meetingId") UUID meetingId, @Valid DocumentService.Issue request) {
        MeetingDocument document = documents.issue(meetingId, request);
        return Response.created(URI.create("/api/events/meetings/" + meetingId + "/documents/" + document.id))
                .entity(DocumentView.of(document)).build();
    }

    @GET
    @RolesAllowed({Roles.BLOC_ADMIN, Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "Documents issued by a meeting")
    public List<DocumentView> list(@PathParam("meetingId") UUID meetingId) {
        return documents.ofMeeting(meetingId).stream().map(DocumentView::of).toList();
    }
}
