package vn.party.events.meeting;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Policy values of meetings, from configuration ({@code party.meetings.*}). */
@ConfigMapping(prefix = "party.meetings")
public interface MeetingPolicy {

    /** A member may check themselves in from this long before the start… */
    @WithDefault("PT30M")
    Duration checkInOpensBefore();

    /** …until this long after the start. */
    @WithDefault("PT2H")
    Duration checkInClosesAfter();
}
