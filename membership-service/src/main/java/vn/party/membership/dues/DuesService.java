package vn.party.membership.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.persistence.AuditEntry;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.CallerContext;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.MemberStatusChange;
import vn.party.membership.member.domain.MemberStatus;
import vn.party.membership.organization.Organization;
import vn.party.membership.organization.service.OrganizationService;
import vn.party.membership.policy.Policy;
import vn.party.membership.policy.PolicyCatalog;
import vn.party.membership.policy.PolicyTimeline;

/**
 * Party dues: each member's effective-dated basis, payments per month, statements, arrears of a subtree and the
 * removal-warning list. Bases and payments are written by the secretary of the member's organization (or of an
 * organization above it) and by bloc-admin; readers in scope and the member themselves read. Every change is audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class DuesService {

    static final String BASIS_AUDIT_TYPE = "dues-basis";
    static final String PAYMENT_AUDIT_TYPE = "dues-payment";

    public static final String BEFORE_ADMISSION = "dues.before-admission";
    public static final String MONTH_NOT_OWED = "dues.month-not-owed";
    public static final String NO_BASIS = "dues.no-basis";
    public static final String OVERPAYMENT = "dues.overpayment";
    public static final String BASIS_MONTH_TAKEN = "dues.basis-month";
    /** The longest period one statement or report covers. */
    public static final int MAX_MONTHS = 120;

    @Inject
    EntityManager entityManager;

    @Inject
    PartyClock clock;

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    CallerContext callerContext;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PolicyCatalog policies;

    @Inject
    MemberService members;

    @Inject
    OrganizationService organizations;


    /** Today in Asia/Ho_Chi_Minh. */
    public LocalDate today() {
        return members.today();
    }

    // ---- bases ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DuesBasis> bases(@NotNull UUID memberId) {
        readable(memberId);
        return DuesBasis.list("memberId = ?1 order by effectiveMonth", memberId);
    }

    public DuesBasis addBasis(@NotNull UUID memberId, @NotNull @Valid DuesRequests.Basis request) {
        Member member = writable(memberId);
        DuesBasis basis = new DuesBasis();
        basis.id = UUID.randomUUID();
        basis.memberId = member.id;
        apply(basis, member, request);
        basis.persist();
        entityManager.flush();
        auditTrail.created(BASIS_AUDIT_TYPE, basis.id, basis.auditState());
        return basis;
    }

    public DuesBasis updateBasis(@NotNull UUID memberId, @NotNull UUID basisId, @NotNull @Valid DuesRequests.Basis request) {
        Member member = writable(memberId);
        DuesBasis basis = DuesBasis.<DuesBasis>findByIdOptional(basisId)
                .filter(found -> found.memberId.equals(memberId))
                .orElseThrow(() -> ProblemException.notFound("Căn cứ đóng đảng phí", basisId));
        if (request.version() == null) {
            throw ProblemException.invalidField("version", "bắt buộc: phiên bản đã đọc (required: the version you read)");
        }
        basis.requireVersion(request.version());
        Map<String, Object> before = basis.auditState();
        apply(basis, member, request);
        entityManager.flush();
        auditTrail.updated(BASIS_AUDIT_TYPE, basis.id, before, basis.auditState());
        return basis;
    }

    private void apply(DuesBasis basis, Member member, DuesRequests.Basis request) {
        YearMonth month = request.effectiveMonth();
        if (month.isBefore(YearMonth.from(member.admissionDate))) {
            throw ProblemException.ruleViolated(BEFORE_ADMISSION, "Căn cứ đóng đảng phí không được trước tháng vào Đảng "
                    + YearMonth.from(member.admissionDate) + " (a basis cannot start before the month of admission)");
        }
        switch (request.category()) {
            case SALARIED -> {
                require("monthlyIncome", request.monthlyIncome(), "thu nhập hằng tháng (the declared monthly income)");
                forbid("monthlyPension", request.monthlyPension());
                forbid("bandCode", request.bandCode());
            }
            case PENSIONER -> {
                require("monthlyPension", request.monthlyPension(), "lương hưu hằng tháng (the monthly pension)");
                forbid("monthlyIncome", request.monthlyIncome());
                forbid("bandCode", request.bandCode());
            }
            case OTHER -> {
                if (request.bandCode() == null || request.bandCode().isBlank()) {
                    throw ProblemException.invalidField("bandCode", "bắt buộc với đối tượng khác (required for OTHER)");
                }
                forbid("monthlyIncome", request.monthlyIncome());
                forbid("monthlyPension", request.monthlyPension());
            }
        }
        DuesRules.Basis declared = new DuesRules.Basis(request.category(), request.monthlyIncome(),
                request.monthlyPension(), request.bandCode() == null ? null : request.bandCode().trim(),
                request.voluntaryExtra() == null ? 0 : request.voluntaryExtra());
        DuesRules.due(declared, policies.inForceOn(month.atDay(1)).dues()); // an unknown band → 422 now, not later
        LocalDate effective = month.atDay(1);
        boolean taken = DuesBasis.count("memberId = ?1 and effectiveMonth = ?2 and id <> ?3", member.id, effective,
                basis.id) > 0;
        if (taken) {
            throw new ProblemException(ProblemType.CONFLICT, "Đảng viên đã có căn cứ đóng đảng phí từ tháng " + month
                    + "; sửa căn cứ đó (the member already has a basis from that month: edit it)",
                    List.of(new vn.party.common.problem.Problem.FieldError(BASIS_MONTH_TAKEN, "effectiveMonth " + month)));
        }
        basis.effectiveMonth = effective;
        basis.category = declared.category();
        basis.monthlyIncome = declared.monthlyIncome();
        basis.monthlyPension = declared.monthlyPension();
        basis.bandCode = declared.bandCode();
        basis.voluntaryExtra = declared.voluntaryExtra();
        basis.note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
    }

    private static void require(String field, Long value, String what) {
        if (value == null) {
            throw ProblemException.invalidField(field, "bắt buộc: " + what + " (required for this category)");
        }
    }

    private static void forbid(String field, Object value) {
        if (value != null) {
            throw ProblemException.invalidField(field, "không dùng cho nhóm đối tượng này (not used by this category)");
        }
    }

    // ---- payments ----

    /**
     * Records a payment towards a month. Refused (422): a month before the month of admission, a month the member is
     * not on the roll at all, a month no basis covers, and more than the month's outstanding due. Payments of one
     * member are serialized (a transaction-scoped advisory lock), so two collectors cannot overpay a month together.
     */
    public DuesPayment pay(@NotNull UUID memberId, @NotNull @Valid DuesRequests.Payment request) {
        Member member = writable(memberId);
        if (request.paidOn().isAfter(today())) {
            throw ProblemException.invalidField("paidOn", "không được ở tương lai (cannot be in the future)");
        }
        entityManager.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(8, hashtext(:member))) AS locked")
                .setParameter("member", member.id.toString()).getSingleResult();
        YearMonth month = request.month();
        DuesLedger ledger = ledger(member, policies.timeline());
        if (ledger.beforeAdmission(month)) {
            throw ProblemException.ruleViolated(BEFORE_ADMISSION, "Tháng " + month + " trước tháng vào Đảng "
                    + ledger.admissionMonth() + " (no dues are owed before the month of admission)");
        }
        DuesLedger.Line line = ledger.line(month);
        if (!line.owed()) {
            throw ProblemException.ruleViolated(MONTH_NOT_OWED, "Tháng " + month + " đảng viên không còn sinh hoạt"
                    + " (the member is not on the roll in that month: nothing is owed)");
        }
        if (line.due() == null) {
            throw ProblemException.ruleViolated(NO_BASIS, "Chưa có căn cứ đóng đảng phí cho tháng " + month
                    + " (no dues basis covers the month: set one first)");
        }
        if (request.amount() > line.outstanding()) {
            throw ProblemException.ruleViolated(OVERPAYMENT, "Tháng " + month + " phải đóng " + line.due()
                    + " đồng, đã đóng " + line.paid() + " đồng, còn " + line.outstanding() + " đồng; không nhận "
                    + request.amount() + " đồng (a payment cannot exceed the month's outstanding due)");
        }
        DuesPayment payment = new DuesPayment();
        payment.id = UUID.randomUUID();
        payment.memberId = member.id;
        payment.month = month.atDay(1);
        payment.amount = request.amount();
        payment.paidOn = request.paidOn();
        payment.collectedBy = request.collectedBy().trim();
        payment.note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        payment.recordedAt = clock.now();
        payment.recordedBy = callerContext.caller().name();
        payment.persist();
        entityManager.flush();
        auditTrail.created(PAYMENT_AUDIT_TYPE, payment.id, payment.auditState());
        return payment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DuesPayment> payments(@NotNull UUID memberId, YearMonth from, YearMonth to, PageRequest page) {
        readable(memberId);
        long total = DuesPayment.count("memberId = ?1 and month between ?2 and ?3", memberId, from.atDay(1),
                to.atDay(1));
        List<DuesPayment> items = DuesPayment.<DuesPayment>find(
                        "memberId = ?1 and month between ?2 and ?3 order by month, paidOn, recordedAt, id", memberId,
                        from.atDay(1), to.atDay(1))
                .page(page.page, page.size).list();
        return Page.of(items, page, total);
    }

    // ---- statements ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public DuesViews.Statement statement(@NotNull UUID memberId, YearMonth from, YearMonth to) {
        Member member = readable(memberId);
        return statementOf(member, from, to);
    }

    /** The caller's own statement, from the member id the identity provider vouches for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DuesViews.Statement myStatement(YearMonth from, YearMonth to) {
        UUID memberId = callerContext.caller().memberId().orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "Tài khoản chưa gắn với hồ sơ đảng viên (no member record is linked to this account)"));
        Member member = Member.<Member>findByIdOptional(memberId).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "Không tìm thấy hồ sơ đảng viên của bạn (your member record was not found)"));
        return statementOf(member, from, to);
    }

    private DuesViews.Statement statementOf(Member member, YearMonth from, YearMonth to) {
        requirePeriod(from, to);
        DuesLedger ledger = ledger(member, policies.timeline());
        Map<YearMonth, List<DuesViews.PaymentView>> byMonth = new HashMap<>();
        DuesPayment.<DuesPayment>list("memberId = ?1 and month between ?2 and ?3 order by month, paidOn, recordedAt, id",
                        member.id, from.atDay(1), to.atDay(1))
                .forEach(payment -> byMonth.computeIfAbsent(payment.yearMonth(), m -> new ArrayList<>())
                        .add(DuesViews.PaymentView.of(payment)));
        List<DuesViews.MonthView> months = new ArrayList<>();
        long totalDue = 0;
        long totalPaid = 0;
        List<YearMonth> unpaid = new ArrayList<>();
        List<YearMonth> withoutBasis = new ArrayList<>();
        for (DuesLedger.Line line : ledger.lines(from, to)) {
            totalDue += line.due() == null ? 0 : line.due();
            totalPaid += line.paid();
            if (line.unpaid()) {
                unpaid.add(line.month());
            }
            if (line.state() == DuesLedger.State.NO_BASIS) {
                withoutBasis.add(line.month());
            }
            months.add(new DuesViews.MonthView(line.month(), line.owed(), line.state(), line.basisId(),
                    line.category(), line.required(), line.voluntaryExtra(), line.due(), line.paid(), line.outstanding(),
                    line.policyEffectiveFrom(), byMonth.getOrDefault(line.month(), List.of())));
        }
        return new DuesViews.Statement(member.id, member.fullName, member.organizationId, ledger.admissionMonth(), from,
                to, totalDue, totalPaid, totalPaid - totalDue, unpaid, withoutBasis, months);
    }

    // ---- organization reports ----

    /** Members of the subtree (by their current organization) with at least {@code minMonths} unpaid months. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DuesViews.Arrears arrears(@NotNull UUID organizationId, YearMonth from, YearMonth to, int minMonths,
            PageRequest page) {
        requireOrganization(organizationId);
        requirePeriod(from, to);
        if (minMonths < 1 || minMonths > MAX_MONTHS) {
            throw ProblemException.invalidField("minMonths", "từ 1 đến " + MAX_MONTHS + " (between 1 and " + MAX_MONTHS + ")");
        }
        List<DuesViews.MemberArrears> found = subtreeArrears(organizationId, from, to, minMonths, false);
        long total = found.stream().mapToLong(DuesViews.MemberArrears::outstanding).sum();
        return new DuesViews.Arrears(organizationId, from, to, minMonths, found.size(), total, page(found, page));
    }

    /**
     * The dues half of the removal-warning list of a year ("3 tháng trong năm không sinh hoạt hoặc không đóng đảng
     * phí"): members on the roll with at least the policy's number of unpaid months among the months of the year that
     * ended before {@code asOf}. The attendance half (months absent without reason from the monthly cell meeting) is
     * events-service's; the gateway composes both ({@code GET /api/reports/dues-warnings}). Membership calls no other service.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DuesViews.Warnings warnings(@NotNull UUID organizationId, int year, LocalDate asOf, PageRequest page) {
        requireOrganization(organizationId);
        if (year > asOf.getYear()) {
            throw ProblemException.invalidField("year", "năm chưa bắt đầu vào ngày " + asOf
                    + " (the year has not started on asOf)");
        }
        YearMonth last = year < asOf.getYear() ? YearMonth.of(year, 12) : YearMonth.from(asOf).minusMonths(1);
        Policy policy = policies.inForceOn(year < asOf.getYear() ? LocalDate.of(year, 12, 31) : asOf);
        int threshold = policy.dues().unpaidMonthsWarning();
        if (last.getYear() < year) { // January of the current year: no month has ended yet, nothing to count
            return new DuesViews.Warnings(organizationId, year, asOf, null, threshold, DuesViews.Warnings.DUES_HALF,
                    DuesViews.Warnings.ATTENDANCE_NOTE, DuesViews.Warnings.NOTE, page(List.of(), page));
        }
        List<DuesViews.Warning> found = subtreeArrears(organizationId, YearMonth.of(year, 1), last, threshold, true)
                .stream().map(DuesViews.Warning::dues).toList();
        return new DuesViews.Warnings(organizationId, year, asOf, last, threshold, DuesViews.Warnings.DUES_HALF,
                DuesViews.Warnings.ATTENDANCE_NOTE, DuesViews.Warnings.NOTE, page(found, page));
    }

    private List<DuesViews.MemberArrears> subtreeArrears(UUID organizationId, YearMonth from, YearMonth to,
            int minMonths, boolean activeOnly) {
        List<UUID> subtree = organizations.subtreeIds(organizationId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT m.id, m.full_name, m.organization_id, m.admission_date, m.status FROM member m
                        WHERE m.organization_id IN (:organizations) AND m.admission_date <= :lastDay
                        ORDER BY m.name_sort_key, m.id""")
                .setParameter("organizations", subtree)
                .setParameter("lastDay", to.atEndOfMonth())
                .getResultList();
        String inSubtree = "memberId in (select m.id from Member m where m.organizationId in ?1)";
        Map<UUID, List<DuesLedger.StatusEntry>> statuses = new HashMap<>();
        MemberStatusChange.<MemberStatusChange>list(inSubtree + " order by effectiveOn, id", subtree)
                .forEach(change -> statuses.computeIfAbsent(change.memberId, id -> new ArrayList<>())
                        .add(new DuesLedger.StatusEntry(change.effectiveOn, change.status.isActive())));
        Map<UUID, List<DuesLedger.BasisEntry>> bases = new HashMap<>();
        DuesBasis.<DuesBasis>list(inSubtree + " and effectiveMonth <= ?2", subtree, to.atDay(1))
                .forEach(basis -> bases.computeIfAbsent(basis.memberId, id -> new ArrayList<>()).add(basis.entry()));
        Map<UUID, Map<YearMonth, Long>> paid = new HashMap<>();
        DuesPayment.<DuesPayment>list(inSubtree + " and month between ?2 and ?3", subtree, from.atDay(1), to.atDay(1))
                .forEach(payment -> paid.computeIfAbsent(payment.memberId, id -> new HashMap<>())
                        .merge(payment.yearMonth(), payment.amount, Long::sum));
        PolicyTimeline timeline = policies.timeline();
        List<DuesViews.MemberArrears> found = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            if (activeOnly && !MemberStatus.valueOf((String) row[4]).isActive()) {
                continue;
            }
            DuesLedger ledger = new DuesLedger(toLocalDate(row[3]), statuses.getOrDefault(id, List.of()),
                    bases.getOrDefault(id, List.of()), paid.getOrDefault(id, Map.of()), timeline);
            List<YearMonth> unpaid = new ArrayList<>();
            List<YearMonth> withoutBasis = new ArrayList<>();
            long outstanding = 0;
            for (DuesLedger.Line line : ledger.lines(from, to)) {
                if (line.unpaid()) {
                    unpaid.add(line.month());
                    if (line.outstanding() == null) {
                        withoutBasis.add(line.month());
                    } else {
                        outstanding += line.outstanding();
                    }
                }
            }
            if (unpaid.size() >= minMonths) {
                found.add(new DuesViews.MemberArrears(id, (String) row[1], (UUID) row[2], unpaid, withoutBasis,
                        outstanding));
            }
        }
        return found;
    }

    // ---- audit ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> basisAudit(@NotNull UUID memberId, @NotNull UUID basisId) {
        DuesBasis.<DuesBasis>findByIdOptional(basisId).filter(found -> found.memberId.equals(memberId))
                .orElseThrow(() -> ProblemException.notFound("Căn cứ đóng đảng phí", basisId));
        return auditTrail.history(BASIS_AUDIT_TYPE, basisId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> paymentAudit(@NotNull UUID memberId, @NotNull UUID paymentId) {
        DuesPayment.<DuesPayment>findByIdOptional(paymentId).filter(found -> found.memberId.equals(memberId))
                .orElseThrow(() -> ProblemException.notFound("Khoản đóng đảng phí", paymentId));
        return auditTrail.history(PAYMENT_AUDIT_TYPE, paymentId);
    }

    // ---- helpers ----

    private DuesLedger ledger(Member member, PolicyTimeline timeline) {
        List<DuesLedger.StatusEntry> statuses = MemberStatusChange.<MemberStatusChange>list(
                        "memberId = ?1 order by effectiveOn, id", member.id).stream()
                .map(change -> new DuesLedger.StatusEntry(change.effectiveOn, change.status.isActive())).toList();
        List<DuesLedger.BasisEntry> bases = DuesBasis.<DuesBasis>list("memberId = ?1", member.id).stream()
                .map(DuesBasis::entry).toList();
        Map<YearMonth, Long> paid = new HashMap<>();
        DuesPayment.<DuesPayment>list("memberId = ?1", member.id)
                .forEach(payment -> paid.merge(payment.yearMonth(), payment.amount, Long::sum));
        return new DuesLedger(member.admissionDate, statuses, bases, paid, timeline);
    }

    private static void requirePeriod(YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw ProblemException.invalidField("to", "không được trước from (cannot precede from)");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw ProblemException.invalidField("to", "tối đa " + MAX_MONTHS + " tháng (at most " + MAX_MONTHS
                    + " months)");
        }
    }

    private void requireOrganization(UUID organizationId) {
        if (Organization.findById(organizationId) == null) {
            throw ProblemException.notFound("Tổ chức", organizationId);
        }
        scopeGuard.requireRead(organizationId);
    }

    /** Scope before anything else: an out-of-scope caller learns nothing about the member. */
    private Member writable(UUID memberId) {
        Member member = Member.<Member>findByIdOptional(memberId)
                .orElseThrow(() -> ProblemException.notFound("Đảng viên", memberId));
        scopeGuard.requireWrite(member.organizationId);
        return member;
    }

    /** The member themselves, or readers in scope of the member's organization. */
    private Member readable(UUID memberId) {
        Member member = Member.<Member>findByIdOptional(memberId)
                .orElseThrow(() -> ProblemException.notFound("Đảng viên", memberId));
        if (!callerContext.caller().memberId().map(member.id::equals).orElse(false)) {
            scopeGuard.requireRead(member.organizationId);
        }
        return member;
    }

    private static <T> Page<T> page(List<T> all, PageRequest page) {
        int from = Math.min(all.size(), page.offset());
        int to = Math.min(all.size(), from + page.size);
        return Page.of(all.subList(from, to), page, all.size());
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
