package vn.party.common.persistence.remote;

import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** Small helpers for the per-client adapters that map a failed remote call to a problem. */
public final class Upstream {

    private Upstream() {
    }

    /** The HTTP status the other service answered, or 0 when it did not answer (unreachable, timeout, open circuit). */
    public static int status(Throwable failure) {
        return failure instanceof WebApplicationException web && web.getResponse() != null
                ? web.getResponse().getStatus() : 0;
    }

    /** Why there is no answer, in words that name no internals. */
    public static String reason(Throwable failure) {
        if (failure instanceof CircuitBreakerOpenException) {
            return "circuit open";
        }
        if (failure instanceof TimeoutException) {
            return "timeout";
        }
        int status = status(failure);
        return status == 0 ? "unreachable" : "HTTP " + status;
    }
}
