package vn.party.events.meeting;

import java.time.Instant;

import vn.party.common.problem.ProblemException;

/** Scheduling rules of a meeting, callable without a container. */
public final class MeetingRules {

    private MeetingRules() {
    }

    public static void checkSchedule(Instant startsAt, Instant endsAt, String location, boolean online) {
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw ProblemException.invalidField("endsAt", "phải sau thời điểm bắt đầu (must be after startsAt)");
        }
        if (!online && (location == null || location.isBlank())) {
            throw ProblemException.invalidField("location",
                    "bắt buộc khi họp trực tiếp (required unless the meeting is online)");
        }
    }
}
