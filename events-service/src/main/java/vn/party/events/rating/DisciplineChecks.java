package vn.party.events.rating;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.party.contracts.discipline.DisciplineDecision;

/**
 * "Disciplined in the year?" answers read once per request, before the approval's transaction opens: the endpoint
 * calls {@link #prefetchFor} (outside a transaction), then {@link RatingService#approve} finds the answers here. A
 * failed read is kept and thrown where the approval would have asked, so its checks keep their order.
 */
@RequestScoped
public class DisciplineChecks {

    private record Read(List<DisciplineDecision> decisions, RuntimeException failure) {
    }

    @Inject
    DisciplineRecords records;

    private final Map<String, Read> reads = new HashMap<>();

    /** For an EXCELLENT approval of this rating: every year of its period, read now. Anything else reads nothing. */
    public void prefetchFor(UUID ratingId, RatingLevel level) {
        if (level != RatingLevel.EXCELLENT || ratingId == null) {
            return;
        }
        Rating rating = Rating.<Rating>findByIdOptional(ratingId).orElse(null);
        RatingPeriod period = rating == null ? null : RatingPeriod.<RatingPeriod>findByIdOptional(rating.periodId).orElse(null);
        if (rating != null) {
            // read outside the transaction: not kept in this request's session, where they would go stale
            Rating.getEntityManager().detach(rating);
        }
        if (period == null) {
            return;
        }
        RatingPeriod.getEntityManager().detach(period);
        for (int year = period.startsOn.getYear(); year <= period.endsOn.getYear(); year++) {
            int y = year;
            if (rating.subjectKind == SubjectKind.MEMBER) {
                prefetch(memberKey(rating.approvingOrganizationId, rating.memberId, y),
                        () -> records.againstMember(rating.approvingOrganizationId, rating.memberId, y));
            } else {
                prefetch(organizationKey(rating.organizationId, y),
                        () -> records.againstOrganizationOrItsLeaders(rating.organizationId, y));
            }
        }
    }

    public List<DisciplineDecision> againstMember(UUID organizationId, UUID memberId, int year) {
        return get(memberKey(organizationId, memberId, year), () -> records.againstMember(organizationId, memberId, year));
    }

    public List<DisciplineDecision> againstOrganizationOrItsLeaders(UUID organizationId, int year) {
        return get(organizationKey(organizationId, year),
                () -> records.againstOrganizationOrItsLeaders(organizationId, year));
    }

    private void prefetch(String key, Supplier<List<DisciplineDecision>> read) {
        if (!reads.containsKey(key)) {
            try {
                reads.put(key, new Read(read.get(), null));
            } catch (RuntimeException e) {
                reads.put(key, new Read(null, e));
            }
        }
    }

    private List<DisciplineDecision> get(String key,
            Supplier<List<DisciplineDecision>> read) {
        Read found = reads.get(key);
        if (found == null) {
            return read.get();
        }
        if (found.failure() != null) {
            throw found.failure();
        }
        return found.decisions();
    }

    private static String memberKey(UUID organizationId, UUID memberId, int year) {
        return "member:" + organizationId + ":" + memberId + ":" + year;
    }

    private static String organizationKey(UUID organizationId, int year) {
        return "organization:" + organizationId + ":" + year;
    }
}
