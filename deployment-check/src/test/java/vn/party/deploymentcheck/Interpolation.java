package vn.party.deploymentcheck;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compose-style variable interpolation, as `docker compose` does it when no .env file and no shell variable is
 * set: {@code ${VAR:-default}} and {@code ${VAR-default}} give the default, {@code ${VAR}} and
 * {@code ${VAR:?message}} take the value documented in deploy/.env.example, {@code $$} is a literal {@code $}.
 */
final class Interpolation {

    /** $$ | ${NAME[op word]} | $NAME */
    private static final Pattern TOKEN = Pattern.compile(
            "\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)|\\$");

    private Interpolation() {
    }

    record Reference(String name, String operator, String word, boolean braced) {
    }

    /** The variables a value refers to. A lone {@code $} or {@code $name} (unbraced) is reported as well. */
    static Set<Reference> references(String raw) {
        Set<Reference> refs = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(raw);
        while (m.find()) {
            if (m.group().equals("$$")) {
                continue;
            }
            if (m.group(1) != null) {
                refs.add(new Reference(m.group(1), m.group(2), m.group(3), true));
            } else if (m.group(4) != null) {
                refs.add(new Reference(m.group(4), null, null, false));
            } else {
                refs.add(new Reference("$", null, null, false));
            }
        }
        return refs;
    }

    static String resolve(String raw, Map<String, String> documented) {
        Matcher m = TOKEN.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().equals("$$")) {
                replacement = "$";
            } else if (m.group(1) != null) {
                String op = m.group(2);
                String word = m.group(3) == null ? "" : m.group(3);
                if (op == null || op.equals("?") || op.equals(":?")) {
                    replacement = documented.getOrDefault(m.group(1), "");
                } else if (op.equals(":-") || op.equals("-")) {
                    replacement = word;
                } else {
                    replacement = ""; // :+ and + give nothing when the variable is unset
                }
            } else if (m.group(4) != null) {
                replacement = documented.getOrDefault(m.group(4), "");
            } else {
                replacement = "$";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
