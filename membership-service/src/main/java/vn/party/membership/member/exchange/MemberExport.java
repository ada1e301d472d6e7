package vn.party.membership.member.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.party.common.export.CellText;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberSearch;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.domain.NationalIdMask;
import vn.party.membership.organization.Organization;

/**
 * The filtered register as a file: every matching member (not one page), in the list's order, with the
 * import's Vietnamese headers (so an exported file imports again), dates dd/MM/yyyy, and the CCCD masked
 * unless the caller may see it. Exporting is a read of personal data in bulk: one EXPORT audit row records
 * the filter, the format and the row count. The file is streamed (issue 11, point 7): {@link #prepare} refuses or
 * audits before the response starts, {@link #write} sends rows as the database cursor yields them.
 */
@ApplicationScoped
public class MemberExport {

    public enum Format {
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("csv", "text/csv; charset=UTF-8");

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    /**
     * An export that was authorized, validated and audited, not yet written: the resource sends its headers and
     * then {@link #write}s it. {@code rows} is the count at the time of the audit.
     */
    public record Prepared(MemberSearch.Criteria criteria, Format format, LocalDate today, long rows,
            String fileName, String mediaType) {
    }

    static final String AUDIT_TYPE = "member-list";
    static final String SHEET_NAME = "Danh sách đảng viên";
    /** Rows PostgreSQL sends per round trip of the cursor; the heap holds about this many members at once. */
    static final int FETCH_SIZE = 500;
    /** The write is one read transaction over a cursor: long enough for a province's register, still bounded. */
    private static final int WRITE_TIMEOUT_SECONDS = 1800;

    /** Columns written, in order: STT, the import columns, then the organization name and status. */
    static final List<String> HEADERS = List.of("STT", MemberColumn.FULL_NAME.header(), MemberColumn.GENDER.header(),
            MemberColumn.DATE_OF_BIRTH.header(), MemberColumn.ETHNICITY.header(), MemberColumn.RELIGION.header(),
            MemberColumn.HOMETOWN.header(), MemberColumn.NATIONAL_ID.header(), MemberColumn.PARTY_CARD_NUMBER.header(),
            MemberColumn.PHONE.header(), MemberColumn.EDUCATION_LEVEL.header(),
            MemberColumn.POLITICAL_THEORY_LEVEL.header(), MemberColumn.JOB_TITLE.header(),
            MemberColumn.HOST_AGENCY.header(), MemberColumn.ADMISSION_DECISION_DATE.header(),
            MemberColumn.ADMISSION_DATE.header(), MemberColumn.OFFICIAL_DATE.header(), MemberColumn.STATUS.header(),
            MemberColumn.ORGANIZATION_CODE.header(), "Tên tổ chức");

    @Inject
    MemberSearch search;

    @Inject
    MemberService members;

    @Inject
    AuditTrail auditTrail;

    @Inject
    EntityManager entityManager;

    @Inject
    CallerContext callerContext;

    /**
     * Everything that may refuse, before a byte is sent (so a refusal is still a problem+json with its status):
     * identifier filters and scope (403), filter validation (400), then the EXPORT audit row with the filter, the
     * format and the row count.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Prepared prepare(MemberSearch.Criteria criteria, Format format) {
        LocalDate today = members.today();
        MemberSearch.Selection selection = search.select(criteria, today);
        long rows = selection.count();
        Caller caller = callerContext.caller();
        // the same rule as revealsNationalId: bloc-admin, or the caller's own record among the rows
        boolean nationalIdShown = rows > 0
                && (caller.isBlocAdmin() || caller.memberId().map(selection::includes).orElse(false));

        Map<String, AuditTrail.Change> summary = new LinkedHashMap<>();
        summary.put("format", new AuditTrail.Change(null, format.extension));
        summary.put("filter", new AuditTrail.Change(null, filter(criteria)));
        summary.put("rows", new AuditTrail.Change(null, rows));
        summary.put("nationalIdShown", new AuditTrail.Change(null, nationalIdShown));
        auditTrail.recorded("EXPORT", AUDIT_TYPE,
                criteria.organizationId() == null ? "*" : criteria.organizationId().toString(), summary);
        String fileName = "danh-sach-dang-vien-" + today + "." + format.extension;
        return new Prepared(criteria, format, today, rows, fileName, format.mediaType);
    }

    /**
     * Streams the file to {@code out}: members come through a database cursor in list order and each is
     * written, then forgotten (detached), so memory does not grow with the register. Runs in its own read-only
     * transaction; the scope is checked again by the query itself.
     */
    public void write(Prepared prepared, OutputStream out) throws IOException {
        try {
            QuarkusTransaction.requiringNew().timeout(WRITE_TIMEOUT_SECONDS).run(() -> {
                try {
                    stream(prepared, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (RuntimeException e) {
            // a client that went away mid-download is an I/O failure for the server, not a bug: rethrow it as such
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
            }
            throw e;
        }
    }

    private void stream(Prepared prepared, OutputStream out) throws IOException {
        MemberSearch.Selection selection = search.select(prepared.criteria(), prepared.today());
        Map<UUID, String[]> organizations = new HashMap<>(); // code and name; bounded by the organizations
        int number = 0;
        try (MemberExportWriter writer = MemberExportWriter.of(prepared.format(), out);
                Stream<Member> matches = selection.stream(FETCH_SIZE)) {
            Iterator<Member> iterator = matches.iterator();
            while (iterator.hasNext()) {
                Member member = iterator.next();
                String[] organization = organizations.computeIfAbsent(member.organizationId, this::organization);
                writer.row(row(++number, member, organization, members.revealsNationalId(member)));
                entityManager.detach(member);
            }
            writer.finish();
        }
    }

    private String[] organization(UUID id) {
        Organization organization = Organization.findById(id);
        if (organization == null) {
            return new String[] {null, null};
        }
        entityManager.detach(organization);
        return new String[] {organization.code, organization.name};
    }

    private static List<Object> row(int number, Member m, String[] organization, boolean revealNationalId) {
        List<Object> row = new ArrayList<>(HEADERS.size());
        row.add(number);
        row.add(m.fullName);
        row.add(m.gender == null ? null : switch (m.gender) {
            case MALE -> "Nam";
            case FEMALE -> "Nữ";
        });
        row.add(m.dateOfBirth);
        row.add(m.ethnicity);
        row.add(m.religion);
        row.add(m.hometown);
        row.add(revealNationalId ? m.nationalId : NationalIdMask.mask(m.nationalId));
        row.add(m.partyCardNumber);
        row.add(m.phone);
        row.add(m.educationLevel);
        row.add(m.politicalTheoryLevel);
        row.add(m.jobTitle);
        row.add(m.hostAgency);
        row.add(m.admissionDecisionDate);
        row.add(m.admissionDate);
        row.add(m.officialDate);
        row.add(m.status.vietnameseName());
        row.add(organization[0]);
        row.add(organization[1]);
        row.replaceAll(CellText::neutralize); // free text typed by users must not become a formula in Excel
        return row;
    }

    private static Map<String, Object> filter(MemberSearch.Criteria criteria) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("organizationId", criteria.organizationId());
        filter.put("q", criteria.text());
        filter.put("nationalId", criteria.nationalId());
        filter.put("cardNumber", criteria.cardNumber());
        filter.put("status", criteria.statuses());
        filter.put("gender", criteria.gender());
        filter.put("ethnicity", criteria.ethnicity());
        filter.put("minAge", criteria.minAge());
        filter.put("maxAge", criteria.maxAge());
        filter.put("admissionYear", criteria.admissionYear());
        filter.put("sort", criteria.sort());
        filter.values().removeIf(value -> value == null || value instanceof java.util.Collection<?> c && c.isEmpty());
        return filter;
    }
}
