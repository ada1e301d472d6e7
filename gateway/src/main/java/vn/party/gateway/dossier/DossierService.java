package vn.party.gateway.dossier;

import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.gateway.GatewayConfig;
import vn.party.gateway.compose.Outcome;
import vn.party.gateway.compose.UpstreamCalls;

/**
 * Composes a member's dossier from its parts, all asked at once with the caller's token. Authorization is the
 * parts': membership's answer for the member's record decides whether there is a dossier at all (401, 403 and
 * 404 are passed on; without that answer there is no decision, so 503); every other part is shown as its owner
 * answered it, or marked missing, and the rest of the dossier still comes back.
 */
@Singleton
public class DossierService {

    static final String MEMBERSHIP = "membership";
    static final String INSPECTION = "inspection";
    static final String EVENTS = "events";
    /** Lists are paged by the services; a member's own lists fit in their largest page. */
    private static final String ALL = "&size=200";

    private final UpstreamCalls calls;
    private final GatewayConfig.Dossier.Timeouts timeouts;

    DossierService(UpstreamCalls calls, GatewayConfig config) {
        this.calls = calls;
        this.timeouts = config.dossier().timeout();
    }

    public Uni<MemberDossier> compose(UUID memberId, int year, UpstreamCalls.Caller caller) {
        return Uni.combine().all().unis(
                calls.get(MEMBERSHIP, "/api/membership/members/" + memberId, caller, timeouts.profile()),
                calls.get(MEMBERSHIP, "/api/membership/members/" + memberId + "/status-changes", caller,
                        timeouts.statusHistory()),
                calls.get(INSPECTION, "/api/inspection/discipline/cases?memberId=" + memberId + ALL, caller,
                        timeouts.discipline()),
                calls.get(INSPECTION, "/api/inspection/inspections?targetMemberId=" + memberId + ALL, caller,
                        timeouts.inspections()),
                calls.get(EVENTS, "/api/events/members/" + memberId + "/attendance?year=" + year, caller,
                        timeouts.attendance()),
                calls.get(EVENTS, "/api/events/ratings?memberId=" + memberId + ALL, caller, timeouts.ratings()),
                calls.get(EVENTS, "/api/events/commendations?memberId=" + memberId + ALL, caller,
                        timeouts.commendations()))
                .with(outcomes -> {
                    Outcome profile = (Outcome) outcomes.get(0);
                    authorize(memberId, profile);
                    Section[] sections = outcomes.stream().map(outcome -> Section.of((Outcome) outcome))
                            .toArray(Section[]::new);
                    boolean partial = java.util.Arrays.stream(sections).anyMatch(section -> !section.ok());
                    return new MemberDossier(memberId, year, partial, sections[0], sections[1], sections[2],
                            sections[3], sections[4], sections[5], sections[6]);
                });
    }

    /** Membership's answer for the member's record is the authorization decision for the whole dossier. */
    private static void authorize(UUID memberId, Outcome profile) {
        if (profile.ok()) {
            return;
        }
        if (profile.kind() == Outcome.Kind.REFUSED) {
            switch (profile.httpStatus()) {
                case 401 -> throw new ProblemException(ProblemType.UNAUTHORIZED,
                        "Cần đăng nhập: gửi một bearer token hợp lệ (a valid bearer token is required)");
                case 403 -> throw ProblemException.forbidden(
                        "Bạn không có quyền xem hồ sơ đảng viên này (membership refused this member's record)");
                case 404 -> throw ProblemException.notFound("Đảng viên", memberId);
                default -> {
                    // anything else from membership is no decision either
                }
            }
        }
        throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "Dịch vụ membership không trả lời nên chưa thể xác định quyền xem hồ sơ"
                        + " (membership is unavailable, so no authorization decision can be made)");
    }
}
