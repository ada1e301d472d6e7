package vn.party.membership.committee.service;

import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for committee questions is the date in Vietnam, whatever the server's zone. */
public final class CommitteeClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private CommitteeClock() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
