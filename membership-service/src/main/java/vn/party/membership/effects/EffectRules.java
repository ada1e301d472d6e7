package vn.party.membership.effects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import vn.party.membership.member.domain.MemberStatus;

/** The rules of receiving inspection effects, apart from the database: what an effect is about, what it restores. */
public final class EffectRules {

    /** What an annulled or reduced decision gives back (the {@code restore} list written by the complaint service). */
    public enum Restoration { MEMBERSHIP, POST, SUSPENSION, ORGANIZATION }

    private EffectRules() {
    }

    /** Applied on its date, not before: dated after today (Vietnam) it waits. */
    public static boolean isDue(LocalDate effectiveDate, LocalDate today) {
        return !effectiveDate.isAfter(today);
    }

    /** The suspension a suspension effect is about; the discipline case of every other effect. */
    public static UUID subjectOf(EffectKind kind, Map<String, ?> payload) {
        return switch (kind) {
            case MEMBER_SUSPENSION_STARTS, MEMBER_SUSPENSION_ENDS -> uuid(payload, "suspensionId");
            default -> uuid(payload, "caseId");
        };
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
     * from post gone the posts). Unknown names are ignored.
     */
    public static Set<Restoration> restorations(Map<String, ?> payload) {
        Set<Restoration> restorations = new LinkedHashSet<>();
        Object listed = payload.get("restore");
        if (listed instanceof Collection<?> names) {
            for (Object name : names) {
                for (Restoration r : Restoration.values()) {
                    if (r.name().equals(String.valueOf(name))) {
                        restorations.add(r);
                    }
                }
            }
            return restorations;
        }
        String previous = string(payload, "previousForm");
        String now = string(payload, "newForm");
        boolean postGone = !"REMOVAL_FROM_POST".equals(now) && !"EXPULSION".equals(now);
        if ("EXPULSION".equals(previous) && !"EXPULSION".equals(now)) {
            restorations.add(Restoration.MEMBERSHIP);
        }
        if (("EXPULSION".equals(previous) || "REMOVAL_FROM_POST".equals(previous)) && postGone) {
            restorations.add(Restoration.POST);
        }
        if ("DISSOLUTION".equals(previous) && !"DISSOLUTION".equals(now)) {
            restorations.add(Restoration.ORGANIZATION);
        }
        return restorations;
    }

    /** The decision's number: {@code decisionNumber}, or a complaint's {@code resolutionNumber}; at most 100 chars. */
    public static String decisionRef(Map<String, ?> payload) {
        String ref = string(payload, "decisionNumber");
        if (ref == null) {
            ref = string(payload, "resolutionNumber");
        }
        return ref == null ? null : ref.length() > 100 ? ref.substring(0, 100) : ref;
    }

    /** "quyết định số 12-QĐ/UBKT ngày 2026-11-20" for the status history, from whatever the payload names. */
    public static String decisionText(Map<String, ?> payload) {
        String number = decisionRef(payload);
        String date = string(payload, "decisionDate");
        if (date == null) {
            date = string(payload, "resolutionDate");
        }
        return "quyết định số " + (number == null ? "?" : number) + (date == null ? "" : " ngày " + date);
    }

    public static UUID uuid(Map<String, ?> payload, String key) {
        String text = string(payload, key);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    public static List<UUID> uuids(Map<String, ?> payload, String key) {
        List<UUID> ids = new ArrayList<>();
        if (payload.get(key) instanceof Collection<?> values) {
            for (Object value : values) {
                try {
                    ids.add(UUID.fromString(String.valueOf(value)));
                } catch (IllegalArgumentException malformed) {
                    // not an id: ignored
                }
            }
        }
        return ids;
    }

    public static String string(Map<String, ?> payload, String key) {
        Object value = payload.get(key);
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).trim();
    }
}
