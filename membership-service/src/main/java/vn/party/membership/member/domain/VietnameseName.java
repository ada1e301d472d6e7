package vn.party.membership.member.domain;

import java.io.ByteArrayOutputStream;
import java.text.Collator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import vn.party.common.problem.ProblemException;

/**
 * A Vietnamese full name: family name first, given name last ("Nguyễn Văn An" → Nguyễn / Văn / An).
 * Registers sort by given name, then family name, then middle name, in Vietnamese alphabetical order
 * (a < ă < â, d < đ, o < ô < ơ, u < ư), which neither byte order nor accent stripping gives.
 */
public record VietnameseName(String familyName, String middleName, String givenName) {

    private static final Collator COLLATOR = Collator.getInstance(Locale.forLanguageTag("vi"));

    /**
     * Splits "family middle… given"; one word each unless {@code familyName}/{@code givenName} say otherwise
     * (compound family names such as "Âu Dương"). Refuses a single word or overrides that do not match.
     */
    public static VietnameseName parse(String fullName, String familyName, String givenName) {
        List<String> words = List.of(normalize(fullName).split(" "));
        List<String> family = familyName == null || familyName.isBlank() ? words.subList(0, 1)
                : List.of(normalize(familyName).split(" "));
        List<String> given = givenName == null || givenName.isBlank() ? words.subList(words.size() - 1, words.size())
                : List.of(normalize(givenName).split(" "));
        if (words.size() < 2) {
            throw ProblemException.invalidField("fullName", "phải gồm cả họ và tên (family and given name required)");
        }
        if (family.size() + given.size() > words.size() || !words.subList(0, family.size()).equals(family)) {
            throw ProblemException.invalidField("familyName", "không khớp với họ và tên (does not match fullName)");
        }
        if (!words.subList(words.size() - given.size(), words.size()).equals(given)) {
            throw ProblemException.invalidField("givenName", "không khớp với họ và tên (does not match fullName)");
        }
        return new VietnameseName(String.join(" ", family),
                String.join(" ", words.subList(family.size(), words.size() - given.size())), String.join(" ", given));
    }

    /** Collapses whitespace and composes diacritics (NFC), so "Nguyễn" typed two ways is one name. */
    public static String normalize(String name) {
        return java.text.Normalizer.normalize(name.trim(), java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }

    public String fullName() {
        return String.join(" ", Arrays.stream(new String[] {familyName, middleName, givenName})
                .filter(part -> !part.isEmpty()).toList());
    }

    /**
     * Bytes whose unsigned order is the register's order: collation keys of given, family and middle name,
     * each followed by a zero separator so that "An" sorts before "Anh".
     */
    public byte[] sortKey() {
        ByteArrayOutputStream key = new ByteArrayOutputStream();
        for (String part : new String[] {givenName, familyName, middleName}) {
            synchronized (COLLATOR) {
                key.writeBytes(COLLATOR.getCollationKey(part).toByteArray());
            }
            key.write(0);
            key.write(0);
        }
        return key.toByteArray();
    }
}
