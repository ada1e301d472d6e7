package vn.party.common.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

/**
 * The clock Bean Validation judges {@code @PastOrPresent} / {@code @FutureOrPresent} by: the system's one clock
 * ({@link PartyClock}, Vietnam's zone; pinned in tests). The default is the server's zone (UTC in containers), which
 * made today's date in Vietnam "in the future" from 00:00 to 07:00 local time. Quarkus hands this bean to the
 * validator factory; the validators ask for the clock on every validation, so a pinned clock is followed.
 */
@ApplicationScoped
public class VietnamValidationClock implements ClockProvider {

    @Override
    public Clock getClock() {
        return PartyClock.clock();
    }
}
