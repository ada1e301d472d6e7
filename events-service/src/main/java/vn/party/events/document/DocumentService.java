package vn.party.events.document;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.panache.common.Sort;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.events.meeting.Meeting;
import vn.party.events.meeting.MeetingService;
import vn.party.events.numbering.NumberAllocator;

/**
 * Issues numbered documents from a meeting. The number comes from {@link NumberAllocator} in the same
 * transaction as the insert: concurrent issues queue on the counter row, and a failed insert rolls the
 * counter back, so numbers have neither gaps nor duplicates.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class DocumentService {

    static final String AUDIT_TYPE = "meeting-document";
    public static final String RULE_ISSUED_BEFORE_MEETING = "document-issued-before-meeting";

    @Inject
    MeetingService meetings;

    @Inject
    NumberAllocator numbers;

    @Inject
    AuditTrail auditTrail;

    @ConfigProperty(name = "party.presentation-zone")
    ZoneId zone;

    /**
     * {@code term} numbers the document within a committee term ("khóa XIX"); without it, within the year
     * of {@code issuedOn}. A plenum's documents default to the plenum's term.
     */
    public record Issue(
            @NotNull(message = "bắt buộc (required)")
            DocumentType type,
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 20, message = "tối đa 20 ký tự (at most 20 characters)")
            @Pattern(regexp = "[\\p{L}\\p{N}.-]+", message = "chỉ chữ, số, '.', '-' (letters, digits, '.', '-'; e.g. ĐU, TU)")
            String issuerAbbreviation,
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)")
            String title,
            @NotNull(message = "bắt buộc (required)")
            LocalDate issuedOn,
            @Size(max = 20, message = "tối đa 20 ký tự (at most 20 characters)")
            String term) {
    }

    public MeetingDocument issue(@NotNull UUID meetingId, @NotNull @Valid Issue request) {
        Meeting meeting = meetings.forWrite(meetingId);
        LocalDate heldOn = meeting.startsAt.atZone(zone).toLocalDate();
        if (request.issuedOn().isBefore(heldOn)) {
            throw ProblemException.ruleViolated(RULE_ISSUED_BEFORE_MEETING,
                    "Văn bản không thể ban hành trước ngày họp " + heldOn + " (cannot be issued before the meeting)");
        }
        String term = request.term() != null && !request.term().isBlank() ? request.term().trim() : meeting.term;
        MeetingDocument document = new MeetingDocument();
        document.id = UUID.randomUUID();
        document.meetingId = meeting.id;
        document.issuerId = meeting.organizationId;
        document.type = request.type();
        document.period = term != null ? "khóa " + term : String.valueOf(request.issuedOn().getYear());
        document.issuerAbbreviation = request.issuerAbbreviation().trim();
        document.title = request.title().trim();
        document.issuedOn = request.issuedOn();
        document.number = numbers.next(document.issuerId, "DOC-" + document.type.name(), document.period);
        document.symbol = MeetingDocument.symbol(document.number, document.type, document.issuerAbbreviation);
        document.persist();
        MeetingDocument.flush();
        auditTrail.created(AUDIT_TYPE, document.id, document.auditState());
        return document;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeetingDocument> ofMeeting(@NotNull UUID meetingId) {
        Meeting meeting = meetings.get(meetingId);
        return MeetingDocument.list("meetingId", Sort.by("type").and("number"), meeting.id);
    }
}
