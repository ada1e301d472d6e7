package vn.party.deploymentcheck;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem a test finds, so one run reports all of them instead of the first. */
final class Problems {

    private final List<String> items = new ArrayList<>();

    void add(String format, Object... args) {
        items.add(args.length == 0 ? format : String.format(format, args));
    }

    void check(boolean ok, String format, Object... args) {
        if (!ok) {
            add(format, args);
        }
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    void assertNone(String what) {
        if (!items.isEmpty()) {
            fail(what + ": " + items.size() + " problem(s)\n  - " + String.join("\n  - ", items));
        }
    }
}
