package vn.party.common.persistence.remote;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Sorts another service's error answers for fault tolerance, registered on every REST client
 * ({@code @RegisterProvider(UpstreamStatus.class)}): a 4xx is an {@link Refusal} (the service decided; never retried,
 * never opens a circuit breaker), a 5xx a {@link Failure} (retried where the call is idempotent, counted by the
 * breaker). Both keep the response, so each client's adapter maps the status to its own problem in one place.
 */
public class UpstreamStatus implements ResponseExceptionMapper<WebApplicationException> {

    @Override
    public WebApplicationException toThrowable(Response response) {
        return response.getStatus() >= 500 ? new Failure(response) : new Refusal(response);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /** The other service refused (4xx). */
    public static class Refusal extends WebApplicationException {
        public Refusal(Response response) {
            super("upstream answered HTTP " + response.getStatus(), response);
        }
    }

    /** The other service failed (5xx). */
    public static class Failure extends WebApplicationException {
        public Failure(Response response) {
            super("upstream answered HTTP " + response.getStatus(), response);
        }
    }
}
