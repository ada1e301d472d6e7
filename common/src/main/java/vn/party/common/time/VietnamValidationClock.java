package vn.party.common.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

/**
 * The clock Bean Validation judges {@code @PastOrPresent} / {@code @FutureOrPresent} by. The default is the server's
 * zone (UTC in containers), which made today's date in Vietnam "in the future" from 00:00 to 07:00 local time.
 * Quarkus hands this bean to the validator factory.
 */
@ApplicationScoped
public class VietnamValidationClock implements ClockProvider {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Override
    public Clock getClock() {
        return Clock.system(VIETNAM);
    }
}
