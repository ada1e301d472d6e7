package vn.party.membership.effects;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import vn.party.contracts.effects.ComplaintEffect;
import vn.party.contracts.effects.DecisionEffect;
import vn.party.contracts.effects.DisciplineEffect;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.contracts.effects.Restoration;
import vn.party.contracts.effects.SuspensionEffect;
import vn.party.membership.member.domain.MemberStatus;

/** The rules of receiving inspection effects, apart from the database: what an effect is about, what it restores. */
public final class EffectRules {

    private EffectRules() {
    }

    /** Applied on its date, not before: dated after today (Vietnam) it waits. */
    public static boolean isDue(LocalDate effectiveDate, LocalDate today) {
        return !effectiveDate.isAfter(today);
    }

    /** The suspension a suspension effect is about; the discipline case of every other effect. */
    public static UUID subjectOf(DisciplineEffect effect) {
        if (effect instanceof SuspensionEffect suspension) {
            return suspension.suspensionId();
        }
        if (effect instanceof DecisionEffect decision) {
            return decision.caseId();
        }
        return ((ComplaintEffect) effect).caseId();
    }

    /** Statuses a suspension applies to (an expelled, removed or deceased member is not suspended). */
    public static boolean suspendable(MemberStatus status) {
        return status == MemberStatus.PROBATIONARY || status == MemberStatus.OFFICIAL
                || status == MemberStatus.EXEMPTED;
    }

    /**
     * The status to go back to when a suspension ends or an expulsion is annulled: the one recorded before it, if
     * it was an active one; else official or probationary by whether the member has an official date.
     */
    public static MemberStatus restoredStatus(MemberStatus before, boolean hasOfficialDate) {
        if (before == MemberStatus.PROBATIONARY || before == MemberStatus.EXEMPTED
                || (before == MemberStatus.OFFICIAL && hasOfficialDate)) {
            return before;
        }
        return hasOfficialDate ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY;
    }

    /**
     * What an annulment or reduction restores: the complaint service's {@code restore} list; without one, derived
     * from {@code previousForm} and {@code newForm} (an expulsion gone gives back membership and posts, a removal
     * from post gone the posts).
     */
    public static Set<Restoration> restorations(ComplaintEffect effect) {
        Set<Restoration> restorations = new LinkedHashSet<>();
        if (effect.restore() != null) {
            restorations.addAll(effect.restore());
            return restorations;
        }
        DisciplineForm previous = effect.previousForm();
        DisciplineForm now = effect.newForm();
        boolean postGone = now != DisciplineForm.REMOVAL_FROM_POST && now != DisciplineForm.EXPULSION;
        if (previous == DisciplineForm.EXPULSION && now != DisciplineForm.EXPULSION) {
            restorations.add(Restoration.MEMBERSHIP);
        }
        if ((previous == DisciplineForm.EXPULSION || previous == DisciplineForm.REMOVAL_FROM_POST) && postGone) {
            restorations.add(Restoration.POST);
        }
        if (previous == DisciplineForm.DISSOLUTION && now != DisciplineForm.DISSOLUTION) {
            restorations.add(Restoration.ORGANIZATION);
        }
        return restorations;
    }

    /** The decision's number (a complaint's resolution number); at most 100 characters; null when none. */
    public static String decisionRef(DisciplineEffect effect) {
        String ref = blankToNull(effect instanceof ComplaintEffect complaint ? complaint.resolutionNumber()
                : effect instanceof DecisionEffect decision ? decision.decisionNumber()
                : ((SuspensionEffect) effect).decisionNumber());
        return ref == null ? null : ref.length() > 100 ? ref.substring(0, 100) : ref;
    }

    /** "quyết định số 12-QĐ/UBKT ngày 2026-11-20" for the status history, from what the effect names. */
    public static String decisionText(DisciplineEffect effect) {
        String number = decisionRef(effect);
        LocalDate date = effect instanceof ComplaintEffect complaint ? complaint.resolutionDate()
                : effect instanceof DecisionEffect decision ? decision.decisionDate() : null;
        return "quyết định số " + (number == null ? "?" : number) + (date == null ? "" : " ngày " + date);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
