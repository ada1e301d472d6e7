package vn.party.membership.identity.verifier;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.client.api.LoggingScope;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.Guard;

import vn.party.common.web.CorrelationId;

/**
 * Asks the provincial integration platform (LGSP/NDOP). One attempt is one POST; transient failures (connection
 * errors, timeouts, 5xx, 429) are retried with exponential backoff up to {@code identity-check.http.max-retries}
 * times within {@code max-duration}; a refusal (other 4xx) or an unreadable answer is not retried. Nothing about the
 * person, nor the API key, is ever logged: the client's own request/response logging is switched off.
 */
@ApplicationScoped
public class HttpIdentityVerifier implements IdentityVerifier {

    private static final Logger LOG = Logger.getLogger(HttpIdentityVerifier.class);

    @Inject
    IdentityCheckConfig config;

    @Inject
    ObjectMapper objectMapper;

    private PlatformIdentityApi api;
    private Guard guard;
    private URI endpoint;

    @PostConstruct
    void connect() {
        IdentityCheckConfig.Http http = config.http();
        endpoint = endpoint(http);
        String apiKey = http.apiKey().filter(key -> !key.isBlank()).orElseThrow(() -> new IllegalStateException(
                "identity-check.provider=http needs identity-check.http.api-key (IDENTITY_CHECK_HTTP_API_KEY)"));
        api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(endpoint)
                .connectTimeout(http.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(http.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .disableDefaultMapper(true)
                .loggingScope(LoggingScope.NONE)
                .register(new Headers(http.apiKeyHeader(), apiKey))
                .build(PlatformIdentityApi.class);
        guard = Guard.create()
                .withDescription("identity-check.http")
                .withRetry()
                .maxRetries(http.maxRetries())
                .delay(http.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .maxDuration(http.maxDuration().toMillis(), ChronoUnit.MILLIS)
                .retryOn(PlatformFailure.Transient.class)
                .abortOn(PlatformFailure.Permanent.class)
                .beforeRetry(failure -> LOG.infof("Identity platform attempt failed (%s); retrying", failure.getMessage()))
                .withExponentialBackoff()
                .factor(2)
                .maxDelay(http.maxRetryDelay().toMillis(), ChronoUnit.MILLIS)
                .done()
                .done()
                .build();
        LOG.infof("Identity check by the integration platform at %s (API key in header %s)", endpoint,
                http.apiKeyHeader());
    }

    @PreDestroy
    void close() {
        if (api instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // shutting down
            }
        }
    }

    /** Base URL and path joined with exactly one slash; only http(s) URLs are accepted. */
    static URI endpoint(IdentityCheckConfig.Http http) {
        URI base = http.baseUrl().orElseThrow(() -> new IllegalStateException(
                "identity-check.provider=http needs identity-check.http.base-url (IDENTITY_CHECK_HTTP_BASE_URL)"));
        if (!base.isAbsolute() || !("http".equals(base.getScheme()) || "https".equals(base.getScheme()))
                || base.getHost() == null) {
            throw new IllegalStateException("identity-check.http.base-url must be an absolute http(s) URL");
        }
        String left = base.toString().replaceAll("/+$", "");
        String path = http.path().trim();
        String right = path.isEmpty() ? "" : (path.startsWith("/") ? path : "/" + path);
        return URI.create(left + right);
    }

    @Override
    public String provider() {
        return IdentityCheckConfig.Provider.HTTP.configName();
    }

    @Override
    public VerificationResult verify(VerificationRequest request) {
        String body = PlatformContract.requestBody(objectMapper, request);
        AtomicInteger attempts = new AtomicInteger();
        try {
            return guard.call(() -> attempt(body, attempts.incrementAndGet()), VerificationResult.Answered.class);
        } catch (PlatformFailure failure) {
            return new VerificationResult.Unavailable(failure.kind(), failure.getMessage(), attempts.get());
        } catch (Exception unexpected) {
            // e.g. the retry budget (max-duration) ran out between attempts; the class name says enough
            LOG.warnf("Identity platform call failed: %s", unexpected.getClass().getSimpleName());
            return new VerificationResult.Unavailable(PlatformFailure.Kind.CONNECTION,
                    "No answer from the platform (" + unexpected.getClass().getSimpleName() + ")", attempts.get());
        }
    }

    /** One POST; {@code attempt} counts from 1 and is the answer's attempt count. */
    private VerificationResult.Answered attempt(String body, int attempt) {
        Response response;
        try {
            response = api.verify(body);
        } catch (RuntimeException e) {
            throw transportFailure(e);
        }
        try (response) {
            String text;
            try {
                text = response.hasEntity() ? response.readEntity(String.class) : null;
            } catch (RuntimeException e) {
                throw transportFailure(e);
            }
            return PlatformContract.interpret(objectMapper, response.getStatus(), text, attempt);
        }
    }

    /** A timeout or a broken connection: transient. The exception's own message (it may quote the URL) is not kept. */
    private static PlatformFailure transportFailure(RuntimeException e) {
        if (e instanceof PlatformFailure failure) {
            return failure;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().contains("Timeout")) {
                return PlatformFailure.of(PlatformFailure.Kind.TIMEOUT, "No answer from the platform within the read timeout");
            }
        }
        return PlatformFailure.of(PlatformFailure.Kind.CONNECTION,
                "Connection to the platform failed (" + rootType(e) + ")");
    }

    private static String rootType(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    /** Adds the API key and the request id; the key's value never leaves this filter. */
    private static final class Headers implements ClientRequestFilter {

        private final String apiKeyHeader;
        private final String apiKey;

        Headers(String apiKeyHeader, String apiKey) {
            this.apiKeyHeader = apiKeyHeader;
            this.apiKey = apiKey;
        }

        @Override
        public void filter(ClientRequestContext request) {
            request.getHeaders().putSingle(apiKeyHeader, apiKey);
            Object requestId = MDC.get(CorrelationId.MDC_KEY);
            if (requestId != null) {
                request.getHeaders().putSingle(CorrelationId.HEADER, requestId.toString());
            }
        }

        @Override
        public String toString() {
            return "Headers[" + apiKeyHeader + "=<redacted>]";
        }
    }
}
