package vn.party.events.commendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.CallerContext;
import vn.party.common.time.PartyClock;
import vn.party.events.commendation.domain.CommendationForm;
import vn.party.events.commendation.domain.IssuingLevel;
import vn.party.events.commendation.domain.RecipientKind;
import vn.party.events.rating.OrganizationDesignation;
import vn.party.events.rating.RatingLevel;
import vn.party.events.rating.RatingQueryService;
import vn.party.events.rating.RatingQueryService.StreakSubject;
import vn.party.events.rating.RatingQueryService.StreakYear;
import vn.party.events.rating.SubjectKind;

/**
 * Who may be proposed for a commendation by the rating record (DOMAIN.md "Commendations": members excellent five
 * years in a row; organizations "clean and strong, exemplary"), computed from the approved ratings through
 * {@link RatingQueryService#streaks} — the same window, scope and streak rules as {@code /ratings/streaks}.
 * <p>
 * {@code alreadyCommended}: the subject has a commendation (not a party badge, which rewards seniority; not revoked)
 * decided from the approval of its {@code toYear} rating — the day the streak is established — until 31 December of
 * {@code toYear + years}, when the next window of the same length closes. A decision before the streak was known
 * rewarded something else; one after the next window belongs to that window.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommendationEligibilityService {

    @Inject
    RatingQueryService ratings;

    @Inject
    PartyClock clock;

    @Inject
    CallerContext callerContext;

    /** A commendation counted as the one for the window. */
    public record WindowCommendation(UUID id, CommendationForm form, IssuingLevel issuingLevel,
            String issuingOrganizationName, String decisionNumber, LocalDate decisionDate) {
    }

    /** One eligible subject: a member (memberId set) or an organization. */
    public record Candidate(SubjectKind subjectKind, UUID memberId, UUID organizationId, String displayName,
            int fromYear, int toYear, List<StreakYear> years, boolean alreadyCommended,
            List<WindowCommendation> commendations) {
    }

    /** Members rated EXCELLENT every year of the window, in the subtree of {@code organizationId}. */
    public Page<Candidate> members(UUID organizationId, Integer years, Integer toYear, PageRequest page) {
        return candidates(organizationId, SubjectKind.MEMBER, null, years, toYear, page);
    }

    /** Organizations approved EXCELLENT with {@code designation} (default CLEAN_AND_STRONG) every year of the window. */
    public Page<Candidate> organizations(UUID organizationId, OrganizationDesignation designation, Integer years,
            Integer toYear, PageRequest page) {
        return candidates(organizationId, SubjectKind.ORGANIZATION,
                designation == null ? OrganizationDesignation.CLEAN_AND_STRONG : designation, years, toYear, page);
    }

    private Page<Candidate> candidates(UUID organizationId, SubjectKind kind, OrganizationDesignation designation,
            Integer years, Integer toYear, PageRequest page) {
        UUID root = organizationId != null ? organizationId : callerContext.caller().organizationId()
                .orElseThrow(() -> ProblemException.invalidField("organizationId", "bắt buộc (required)"));
        int lastYear = toYear != null ? toYear : clock.today().getYear() - 1;
        if (lastYear < 1930 || lastYear > 2200) {
            throw ProblemException.invalidField("toYear", "từ 1930 đến 2200 (1930 to 2200)");
        }
        RatingQueryService.Streaks streaks = ratings.streaks(root, kind, RatingLevel.EXCELLENT, designation, years,
                lastYear);
        Map<UUID, List<Commendation>> commended = commendations(kind, streaks);
        List<Candidate> all = new ArrayList<>();
        for (StreakSubject subject : streaks.subjects()) {
            UUID key = kind == SubjectKind.MEMBER ? subject.memberId() : subject.organizationId();
            LocalDate established = subject.years().get(subject.years().size() - 1).decidedOn();
            LocalDate until = LocalDate.of(streaks.toYear() + streaks.years(), 12, 31);
            List<WindowCommendation> forWindow = commended.getOrDefault(key, List.of()).stream()
                    .filter(c -> !c.decisionDate.isBefore(established) && !c.decisionDate.isAfter(until))
                    .map(c -> new WindowCommendation(c.id, c.form, c.issuingLevel, c.issuingOrganizationName,
                            c.decisionNumber, c.decisionDate))
                    .toList();
            all.add(new Candidate(kind, subject.memberId(), subject.organizationId(), subject.displayName(),
                    streaks.fromYear(), streaks.toYear(), subject.years(), !forWindow.isEmpty(), forWindow));
        }
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size, all.size());
        return Page.of(List.copyOf(all.subList(from, to)), page, all.size());
    }

    /** The subjects' commendations (badges and revoked ones apart) decided since the window's first year. */
    private Map<UUID, List<Commendation>> commendations(SubjectKind kind, RatingQueryService.Streaks streaks) {
        if (streaks.subjects().isEmpty()) {
            return Map.of();
        }
        Set<UUID> subjects = streaks.subjects().stream()
                .map(s -> kind == SubjectKind.MEMBER ? s.memberId() : s.organizationId()).collect(Collectors.toSet());
        String key = kind == SubjectKind.MEMBER ? "memberId" : "organizationId";
        List<Commendation> rows = Commendation.list("recipientKind = ?1 and " + key + " in ?2 and form <> ?3 "
                + "and revokedOn is null and decisionDate >= ?4 order by decisionDate, id",
                kind == SubjectKind.MEMBER ? RecipientKind.MEMBER : RecipientKind.ORGANIZATION, subjects,
                CommendationForm.HUY_HIEU_DANG, LocalDate.of(streaks.fromYear(), 1, 1));
        Map<UUID, List<Commendation>> bySubject = new HashMap<>();
        for (Commendation c : rows) {
            bySubject.computeIfAbsent(kind == SubjectKind.MEMBER ? c.memberId : c.organizationId, k -> new ArrayList<>())
                    .add(c);
        }
        return bySubject;
    }
}
