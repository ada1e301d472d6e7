package vn.party.membership.member.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.OrganizationScope;
import vn.party.common.security.ScopeGuard;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.domain.MemberRules;
import vn.party.membership.member.domain.MemberStatus;
import vn.party.membership.member.domain.VietnameseName;
import vn.party.membership.member.rest.MemberRequests;
import vn.party.membership.organization.Organization;
import vn.party.membership.organization.domain.OrganizationStatus;
import vn.party.membership.policy.Policy;
import vn.party.membership.policy.PolicyCatalog;
import vn.party.membership.policy.PolicyTimeline;

/**
 * Imports members from a file in two steps. <b>Check</b>: every row is checked with the rules registration
 * applies (the same Bean Validation constraints, name parsing, date rules from the policy, active status,
 * organization exists, is active and is in the caller's write scope), plus duplicates inside the file and
 * against the register (one query per 1,000 numbers, not one per row). <b>Write</b>: the rows to import go
 * through {@link MemberService#register} one after another in a single transaction, so each member gets
 * exactly what a registration gives it (affiliation, status history, CREATE audit row) and a failure of any
 * row undoes them all. One IMPORT audit row summarises the file and lists the created ids.
 */
@ApplicationScoped
public class MemberImport {

    public enum Mode {
        /** Any invalid row refuses the whole file (422) and nothing is written. */
        ALL_OR_NOTHING("all-or-nothing"),
        /** The valid rows are imported; the invalid ones are reported. */
        VALID_ROWS("valid-rows");

        final String value;

        Mode(String value) {
            this.value = value;
        }

        public static Mode parse(String value) {
            for (Mode mode : values()) {
                if (mode.value.equalsIgnoreCase(value) || mode.name().equalsIgnoreCase(value)) {
                    return mode;
                }
            }
            throw ProblemException.invalidField("mode", "all-or-nothing hoặc valid-rows (all-or-nothing or valid-rows)");
        }
    }

    /** The outcome: the report, and whether an all-or-nothing import was refused. */
    public record Outcome(ImportReport report, boolean refused) {
    }

    static final String AUDIT_TYPE = "member-import";
    private static final int QUERY_CHUNK = 1000;

    private static final Map<String, MemberColumn> RULE_COLUMNS = Map.of(
            "member.admission-age", MemberColumn.ADMISSION_DATE,
            "member.ceremony-after-decision", MemberColumn.ADMISSION_DATE,
            "member.probation", MemberColumn.OFFICIAL_DATE,
            "familyName", MemberColumn.FULL_NAME,
            "givenName", MemberColumn.FULL_NAME);

    @Inject
    MemberService members;

    @Inject
    PolicyCatalog policies;

    @Inject
    Validator validator;

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    AuditTrail auditTrail;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "party.member-import.max-rows", defaultValue = "20000")
    int maxRows;

    /**
     * Checks the file and, unless {@code dryRun} or refused, writes it. One transaction for both, so the
     * uniqueness checked is the uniqueness written (a concurrent clash still fails the insert, and then all).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    @TransactionConfiguration(timeout = 600)
    public Outcome run(byte[] content, String fileName, UUID defaultOrganizationId, Mode mode, boolean dryRun) {
        MemberFileReader.Format format = MemberFileReader.Format.sniff(content);
        MemberSheet sheet = MemberFileReader.read(content, format, maxRows);
        requireColumns(sheet, defaultOrganizationId);
        Organization defaultOrganization = defaultOrganizationId == null ? null : organization(defaultOrganizationId);

        List<MemberRowParser.Draft> drafts = sheet.rows().stream().map(MemberRowParser::parse).toList();
        Map<MemberRowParser.Draft, Organization> targets = resolveOrganizations(drafts, defaultOrganization);
        LocalDate today = members.today();
        PolicyTimeline timeline = policies.timeline();
        for (MemberRowParser.Draft draft : drafts) {
            check(draft, targets.get(draft), today, timeline);
        }
        Set<String> takenNationalIds = checkDuplicates(drafts, draft -> draft.profile.nationalId(),
                MemberColumn.NATIONAL_ID, "national_id", "CCCD",
                "CCCD trùng với một hồ sơ đã có (conflicts with an existing record)");
        Set<String> takenCardNumbers = checkDuplicates(drafts, draft -> draft.profile.partyCardNumber(),
                MemberColumn.PARTY_CARD_NUMBER, "party_card_number", "Số thẻ đảng",
                "Số thẻ đảng trùng với một hồ sơ đã có (conflicts with an existing record)");
        auditConflicts(takenNationalIds, takenCardNumbers, fileName, dryRun);

        List<MemberRowParser.Draft> valid = drafts.stream().filter(MemberRowParser.Draft::valid).toList();
        boolean refused = mode == Mode.ALL_OR_NOTHING && valid.size() < drafts.size();
        int imported = 0;
        if (!dryRun && !refused && !valid.isEmpty()) {
            List<MemberRequests.Register> requests = valid.stream()
                    .map(draft -> new MemberRequests.Register(targets.get(draft).id, draft.status, draft.profile))
                    .toList();
            imported = write(requests, fileName, format, mode);
        }
        return new Outcome(report(sheet, format, mode, dryRun, drafts, valid.size(), imported), refused);
    }

    /**
     * Registers the rows through {@link MemberService#registerAll} (register's checks and records, batched;
     * uniqueness was checked above for the whole file). Anything refused here (a concurrent registration took a
     * number since the check) fails the transaction, so nothing of the file is written.
     */
    private int write(List<MemberRequests.Register> requests, String fileName, MemberFileReader.Format format,
            Mode mode) {
        List<UUID> created = members.registerAll(requests);
        Map<String, AuditTrail.Change> summary = new LinkedHashMap<>();
        summary.put("fileName", new AuditTrail.Change(null, fileName));
        summary.put("format", new AuditTrail.Change(null, format.name().toLowerCase(Locale.ROOT)));
        summary.put("mode", new AuditTrail.Change(null, mode.value));
        summary.put("imported", new AuditTrail.Change(null, created.size()));
        summary.put("organizationIds", new AuditTrail.Change(null,
                requests.stream().map(MemberRequests.Register::organizationId).distinct().toList()));
        summary.put("memberIds", new AuditTrail.Change(null, created));
        auditTrail.recorded("IMPORT", AUDIT_TYPE, UUID.randomUUID(), summary);
        return created.size();
    }

    private void requireColumns(MemberSheet sheet, UUID defaultOrganizationId) {
        List<Problem.FieldError> missing = new ArrayList<>();
        for (MemberColumn column : List.of(MemberColumn.FULL_NAME, MemberColumn.GENDER, MemberColumn.DATE_OF_BIRTH,
                MemberColumn.ETHNICITY, MemberColumn.NATIONAL_ID, MemberColumn.ADMISSION_DATE)) {
            if (!sheet.columns().containsKey(column)) {
                missing.add(new Problem.FieldError(column.header(), "thiếu cột bắt buộc (required column missing)"));
            }
        }
        if (defaultOrganizationId == null && !sheet.columns().containsKey(MemberColumn.ORGANIZATION_CODE)) {
            missing.add(new Problem.FieldError(MemberColumn.ORGANIZATION_CODE.header(),
                    "cần cột \"Mã tổ chức\" hoặc tham số organizationId (a \"Mã tổ chức\" column or organizationId)"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Tệp thiếu cột: " + String.join(", ",
                    missing.stream().map(Problem.FieldError::field).toList()) + " (required columns missing)", missing);
        }
    }

    private Organization organization(UUID id) {
        Organization organization = Organization.<Organization>findByIdOptional(id).orElseThrow(
                () -> ProblemException.invalidField("organizationId", "tổ chức không tồn tại (no such organization)"));
        scopeGuard.requireWrite(organization.id);
        return organization;
    }

    /**
     * Each row's organization: its "Mã tổ chức" (by code, ignoring case) or the default. Every organization
     * named must be in the caller's write scope, or the whole file is refused (403).
     */
    private Map<MemberRowParser.Draft, Organization> resolveOrganizations(List<MemberRowParser.Draft> drafts,
            Organization defaultOrganization) {
        Set<String> codes = new HashSet<>();
        drafts.forEach(draft -> {
            if (draft.organizationCode != null) {
                codes.add(draft.organizationCode.toLowerCase(Locale.ROOT));
            }
        });
        Map<String, Organization> byCode = new HashMap<>();
        for (List<String> chunk : chunks(codes)) {
            entityManager.createQuery("from Organization where lower(code) in :codes", Organization.class)
                    .setParameter("codes", chunk).getResultList()
                    .forEach(organization -> byCode.put(organization.code.toLowerCase(Locale.ROOT), organization));
        }
        Map<MemberRowParser.Draft, Organization> targets = new HashMap<>();
        Map<UUID, List<Integer>> rowsByOrganization = new LinkedHashMap<>();
        for (MemberRowParser.Draft draft : drafts) {
            Organization target;
            if (draft.organizationCode != null) {
                target = byCode.get(draft.organizationCode.toLowerCase(Locale.ROOT));
                if (target == null) {
                    draft.fail(MemberColumn.ORGANIZATION_CODE, "organizationCode", "không có tổ chức mã \""
                            + draft.organizationCode + "\" (no organization has this code)");
                    continue;
                }
            } else if (defaultOrganization != null) {
                target = defaultOrganization;
            } else {
                draft.fail(MemberColumn.ORGANIZATION_CODE, "organizationCode",
                        "bắt buộc khi không có tham số organizationId (required without organizationId)");
                continue;
            }
            targets.put(draft, target);
            rowsByOrganization.computeIfAbsent(target.id, id -> new ArrayList<>()).add(draft.row);
        }
        List<String> outside = new ArrayList<>();
        rowsByOrganization.forEach((id, rows) -> {
            if (!scopeGuard.permits(id, OrganizationScope.Access.WRITE)) {
                Organization organization = Organization.findById(id);
                outside.add(organization.code + " (dòng/row " + rows.get(0) + (rows.size() > 1 ? "…" : "") + ")");
            }
        });
        if (!outside.isEmpty()) {
            throw ProblemException.forbidden("Tổ chức nằm ngoài phạm vi của bạn: " + String.join(", ", outside)
                    + " (organizations outside your scope; nothing was imported)");
        }
        return targets;
    }

    /** The checks {@link MemberService#register} makes, without writing. */
    private void check(MemberRowParser.Draft draft, Organization organization, LocalDate today,
            PolicyTimeline timeline) {
        for (ConstraintViolation<MemberRequests.Profile> violation : validator.validate(draft.profile)) {
            String field = violation.getPropertyPath().toString();
            MemberColumn column = column(field);
            if (column == null || !draft.failedColumns.contains(column)) {
                draft.fail(column, field, violation.getMessage());
            }
        }
        if (organization != null && organization.status != OrganizationStatus.ACTIVE) {
            draft.fail(MemberColumn.ORGANIZATION_CODE, "member.organization-active", "Tổ chức " + organization.name
                    + " không còn hoạt động (the organization is " + organization.status + ")");
        }
        if (draft.profile.fullName() != null && !draft.failedColumns.contains(MemberColumn.FULL_NAME)) {
            try {
                VietnameseName.parse(draft.profile.fullName(), null, null);
            } catch (ProblemException e) {
                e.errors().forEach(error -> draft.fail(MemberColumn.FULL_NAME, error.field(), error.message()));
            }
        }
        if (draft.failedColumns.contains(MemberColumn.STATUS)) {
            return;
        }
        MemberStatus status = draft.status != null ? draft.status
                : draft.profile.officialDate() != null ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY;
        if (!status.isActive()) {
            draft.fail(MemberColumn.STATUS, "status", "chỉ nhập đảng viên đang sinh hoạt (only active members"
                    + " are imported; other statuses come through status changes)");
            return;
        }
        try {
            // the version in force on the admission date (today's when the date is missing: that row fails anyway)
            Policy policy = timeline.inForceOn(draft.profile.admissionDate() != null ? draft.profile.admissionDate() : today);
            MemberRules.checkDates(new MemberRules.Dates(draft.profile.dateOfBirth(),
                            draft.profile.admissionDecisionDate(), draft.profile.admissionDate(),
                            draft.profile.officialDate()), status, policy.minAdmissionAgeMonths(),
                    policy.probationMonths(), today);
        } catch (ProblemException e) {
            e.errors().forEach(error -> {
                MemberColumn column = column(error.field());
                if (column == null || !draft.failedColumns.contains(column)) {
                    draft.fail(column, error.field(), error.message());
                }
            });
        }
    }

    /**
     * A number given twice in the file is an error on every row that has it (which one is right is not ours
     * to guess); a number already in the register is an error too. One query per 1,000 numbers.
     */
    /**
     * A file (a dry run above all) can test many numbers against the whole register at once: the answer names no
     * record, and the numbers found taken are audited with the file, so such probing shows in the trail.
     */
    private void auditConflicts(Set<String> nationalIds, Set<String> cardNumbers, String fileName, boolean dryRun) {
        if (nationalIds.isEmpty() && cardNumbers.isEmpty()) {
            return;
        }
        Map<String, AuditTrail.Change> conflicts = new LinkedHashMap<>();
        conflicts.put("fileName", new AuditTrail.Change(null, fileName));
        conflicts.put("dryRun", new AuditTrail.Change(null, dryRun));
        conflicts.put("nationalIds", new AuditTrail.Change(null, List.copyOf(new java.util.TreeSet<>(nationalIds))));
        conflicts.put("cardNumbers", new AuditTrail.Change(null, List.copyOf(new java.util.TreeSet<>(cardNumbers))));
        auditTrail.recorded("CONFLICT", AUDIT_TYPE, UUID.randomUUID(), conflicts);
    }

    private Set<String> checkDuplicates(List<MemberRowParser.Draft> drafts, Function<MemberRowParser.Draft, String> value,
            MemberColumn column, String dbColumn, String what, String taken) {
        Map<String, List<MemberRowParser.Draft>> byValue = new LinkedHashMap<>();
        for (MemberRowParser.Draft draft : drafts) {
            String number = value.apply(draft);
            if (number != null) {
                byValue.computeIfAbsent(number, key -> new ArrayList<>()).add(draft);
            }
        }
        byValue.forEach((number, rows) -> {
            if (rows.size() > 1) {
                for (MemberRowParser.Draft draft : rows) {
                    List<Integer> others = rows.stream().filter(other -> other != draft).map(other -> other.row)
                            .toList();
                    draft.fail(column, column.field() + ".duplicate", what + " trùng với dòng " + join(others)
                            + " trong tệp (the same number is on row " + join(others) + ")");
                }
            }
        });
        Set<String> existing = new HashSet<>();
        for (List<String> chunk : chunks(byValue.keySet())) {
            @SuppressWarnings("unchecked")
            List<String> found = entityManager.createNativeQuery(
                            "SELECT " + dbColumn + " FROM member WHERE " + dbColumn + " IN (:values)", String.class)
                    .setParameter("values", chunk).getResultList();
            existing.addAll(found);
        }
        for (String number : existing) {
            byValue.getOrDefault(number, List.of()).forEach(draft -> draft.fail(column, column.field(), taken));
        }
        return existing;
    }

    private static ImportReport report(MemberSheet sheet, MemberFileReader.Format format, Mode mode, boolean dryRun,
            List<MemberRowParser.Draft> drafts, int valid, int imported) {
        List<ImportReport.RowError> errors = new ArrayList<>();
        int notListed = 0;
        for (MemberRowParser.Draft draft : drafts) {
            for (MemberRowParser.Failure failure : draft.failures) {
                if (errors.size() == ImportReport.MAX_ERRORS) {
                    notListed++;
                    continue;
                }
                MemberSheet.Header header = failure.column() == null ? null : sheet.columns().get(failure.column());
                String columnName = header != null ? header.text()
                        : failure.column() != null ? failure.column().header() : "organizationId";
                String cell = header == null ? null : header.letter() + draft.row;
                errors.add(new ImportReport.RowError(draft.row, columnName, cell, failure.field(), failure.message()));
            }
        }
        return new ImportReport(format.name().toLowerCase(Locale.ROOT), mode.value, dryRun, drafts.size(), valid,
                drafts.size() - valid, imported, sheet.ignoredHeaders(), errors, notListed);
    }

    private static MemberColumn column(String field) {
        if (RULE_COLUMNS.containsKey(field)) {
            return RULE_COLUMNS.get(field);
        }
        for (MemberColumn column : MemberColumn.values()) {
            if (column.field().equals(field)) {
                return column;
            }
        }
        return null;
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(new LinkedHashSet<>(values));
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += QUERY_CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + QUERY_CHUNK)));
        }
        return chunks;
    }

    private static String join(List<Integer> rows) {
        return String.join(", ", rows.stream().map(String::valueOf).toList());
    }

}
