package vn.party.membership.member;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.Roles;

/**
 * Finding a member by an identifier (CCCD, party-card number): exact equality only, only for callers allowed to see
 * the number, and every such search audited (who, the value, when, from where), refused ones included.
 * <ul>
 * <li>CCCD ({@code nationalId=}): bloc-admin, and integration clients granted the {@value #NATIONAL_ID_SCOPE} scope
 * (they receive CCCDs in the change feed anyway). Others see CCCDs masked, so a match would reveal the hidden
 * digits: 403.</li>
 * <li>Card number ({@code cardNumber=}): every reader of the register (bloc-admin, secretary, inspector,
 * integration). They see card numbers unmasked in their list already, and the search stays within their scope, so a
 * match tells them nothing they could not read.</li>
 * </ul>
 */
@ApplicationScoped
public class IdentifierSearches {

    public static final String AUDIT_TYPE = "member-search";
    /** The token scope that lets an integration client use CCCDs (as in the change feeds). */
    public static final String NATIONAL_ID_SCOPE = "national-id";

    @Inject
    CallerContext callerContext;

    @Inject
    SecurityIdentity identity;

    @Inject
    AuditTrail auditTrail;

    /** Refuses (403, audited) an identifier filter the caller may not use. */
    public void authorize(MemberSearch.Criteria criteria) {
        if (criteria.nationalId() != null && !mayMatchNationalId()) {
            refuse(criteria, "nationalId", "Chỉ Văn phòng Đảng ủy Khối (và hệ thống được cấp quyền national-id) được tìm"
                    + " theo CCCD (only bloc-admin and integration clients with the national-id scope may search by"
                    + " CCCD)");
        }
        if (criteria.cardNumber() != null && !mayMatchCardNumber()) {
            refuse(criteria, "cardNumber", "Bạn không được tìm theo số thẻ đảng (your role may not search by card"
                    + " number)");
        }
    }

    /** One SEARCH row for a search that used an identifier; nothing for other searches. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void audit(MemberSearch.Criteria criteria, long found) {
        if (!criteria.usesIdentifier()) {
            return;
        }
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        changes.put("filter", new AuditTrail.Change(null, identifiers(criteria)));
        changes.put("found", new AuditTrail.Change(null, found));
        auditTrail.recorded("SEARCH", AUDIT_TYPE, target(criteria), changes);
    }

    public boolean mayMatchNationalId() {
        Caller caller = callerContext.caller();
        return caller.isBlocAdmin() || caller.hasRole(Roles.INTEGRATION) && hasNationalIdScope();
    }

    public boolean mayMatchCardNumber() {
        Caller caller = callerContext.caller();
        return caller.isBlocAdmin() || caller.hasRole(Roles.ORG_SECRETARY) || caller.hasRole(Roles.INSPECTOR)
                || caller.hasRole(Roles.INTEGRATION);
    }

    private void refuse(MemberSearch.Criteria criteria, String field, String message) {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        changes.put("filter", new AuditTrail.Change(null, identifiers(criteria)));
        changes.put("refused", new AuditTrail.Change(null, field));
        auditTrail.recordedAlone("SEARCH_REFUSED", AUDIT_TYPE, target(criteria), changes);
        throw new ProblemException(ProblemType.FORBIDDEN, message, List.of(new Problem.FieldError(field, message)));
    }

    /** The identifiers and the organization searched, as given (the audit is readable by bloc-admin only). */
    static Map<String, Object> identifiers(MemberSearch.Criteria criteria) {
        Map<String, Object> filter = new LinkedHashMap<>();
        if (criteria.organizationId() != null) {
            filter.put("organizationId", criteria.organizationId());
        }
        if (criteria.nationalId() != null) {
            filter.put("nationalId", criteria.nationalId());
        }
        if (criteria.cardNumber() != null) {
            filter.put("cardNumber", criteria.cardNumber());
        }
        if (criteria.text() != null) {
            filter.put("q", criteria.text());
        }
        return filter;
    }

    private static String target(MemberSearch.Criteria criteria) {
        return criteria.organizationId() == null ? "*" : criteria.organizationId().toString();
    }

    /** The token's {@code scope} claim (space-separated) contains {@value #NATIONAL_ID_SCOPE}. */
    private boolean hasNationalIdScope() {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return false;
        }
        Object scope = token.getClaim("scope");
        return scope != null
                && Arrays.asList(scope.toString().replace("\"", " ").trim().split("\\s+")).contains(NATIONAL_ID_SCOPE);
    }
}
