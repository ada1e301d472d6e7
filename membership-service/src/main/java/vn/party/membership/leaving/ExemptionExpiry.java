package vn.party.membership.leaving;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import vn.party.common.problem.ProblemException;
import vn.party.common.security.Roles;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;

/**
 * Exemptions from activity given with an end date end by themselves: once a day the members still EXEMPTED whose
 * latest status entry is an exemption with an end date on or before today are brought back through
 * {@link LeavingService#endExemption} (the same path as the manual end: status history, audit), effective on the end
 * date (periods are half-open, [startsOn, endsOn)). The job acts as its own named principal with bloc-wide scope, so
 * the audit trail shows {@value #ACTOR}. Each member is ended in its own transaction: one refusal does not stop the
 * others. The end date is the {@code ends_on} of the status entry {@link LeavingService#exempt} writes.
 */
@ApplicationScoped
public class ExemptionExpiry {

    public static final String ACTOR = "system:exemption-expiry";
    private static final Logger LOG = Logger.getLogger(ExemptionExpiry.class);

    @Inject
    EntityManager entityManager;

    @Inject
    LeavingService leaving;

    @Inject
    MemberService members;

    @Inject
    CurrentIdentityAssociation identity;

    @Scheduled(identity = "exemption-expiry", cron = "{party.exemption-expiry.cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        endDueExemptions();
    }

    /** Ends every exemption whose end date has come; returns the members brought back. */
    @ActivateRequestContext
    public List<UUID> endDueExemptions() {
        identity.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(ACTOR))
                .addRole(Roles.BLOC_ADMIN).build());
        LocalDate today = members.today();
        List<UUID> ended = new ArrayList<>();
        for (Object[] row : exempted()) {
            UUID memberId = (UUID) row[0];
            LocalDate endsOn = row[1] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[1];
            if (endsOn == null || endsOn.isAfter(today)) {
                continue;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    Member member = Member.findById(memberId);
                    leaving.endExemption(memberId, new LeavingRequests.ExemptionEnd(endsOn,
                            "Hết thời hạn miễn sinh hoạt ngày " + endsOn + " (tự động; the exemption's end date)", null,
                            member.version));
                });
                ended.add(memberId);
            } catch (ProblemException refused) {
                LOG.warnf("Exemption of member %s not ended automatically: %s", memberId, refused.getMessage());
            }
        }
        if (!ended.isEmpty()) {
            LOG.infof("Ended %d exemption(s) that reached their end date", ended.size());
        }
        return ended;
    }

    /** Members EXEMPTED now, with the end date of their latest status entry when that entry is the exemption. */
    @SuppressWarnings("unchecked")
    private List<Object[]> exempted() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                SELECT m.id, c.ends_on FROM member m
                JOIN LATERAL (SELECT s.status, s.ends_on FROM member_status_change s WHERE s.member_id = m.id
                              ORDER BY s.effective_on DESC, s.id DESC LIMIT 1) c ON TRUE
                WHERE m.status = 'EXEMPTED' AND c.status = 'EXEMPTED'
                ORDER BY m.id""").getResultList());
    }
}
