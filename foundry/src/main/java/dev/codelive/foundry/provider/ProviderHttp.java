package dev.codelive.foundry.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One provider's HTTP exchanges: per-request timeouts capped by the deadline, a few quick retries of network errors
 * and 5xx with doubling backoff, bounded JSON bodies, and the rules that turn a failed response into a
 * {@link ProviderException}. Exceptions carry no cause: causes may hold URLs with signed parameters.
 */
final class ProviderHttp {
    static final int MAX_JSON_BYTES = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(ProviderHttp.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Whether an exchange may be sent again when it failed after it may have reached the provider. */
    enum Replay {
        /** Reads and cancels: always safe to repeat. */
        SAFE,
        /** Creating work: repeated only when it surely did not arrive (connection refused, 503), else a second job could be billed. */
        ONLY_IF_NOT_RECEIVED
    }

    /** A response with its body read as JSON ({@code text} when it was not JSON, {@code missing} when empty). */
    record JsonResponse(int status, HttpHeaders headers, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final String provider;
    private final HttpClient client;
    private final ProviderPolicy policy;
    private final Optional<ApiKey> secret;

    ProviderHttp(String provider, HttpClient client, ProviderPolicy policy, Optional<ApiKey> secret) {
        this.provider = provider;
        this.client = client;
        this.policy = policy;
        this.secret = secret;
    }

    /**
     * An HTTP client for the providers: the policy's connect timeout, and no automatic redirects, because a redirect
     * must not carry a credential to another host (the downloader follows them itself).
     */
    static HttpClient newClient(ProviderPolicy policy) {
        return HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    String provider() {
        return provider;
    }

    ProviderPolicy policy() {
        return policy;
    }

    static ObjectMapper json() {
        return JSON;
    }

    /** Sends {@code request} (retrying quickly as {@code replay} allows) and reads a JSON body of at most 1 MiB. */
    JsonResponse exchangeJson(HttpRequest.Builder request, Duration timeout, Replay replay, Deadline deadline, GenerationContext context, String doing)
            throws ProviderException {
        HttpResponse<InputStream> response = exchange(request, timeout, replay, deadline, context, doing);
        try (InputStream body = response.body()) {
            byte[] bytes = body.readNBytes(MAX_JSON_BYTES + 1);
            if (bytes.length > MAX_JSON_BYTES) {
                throw ProviderException.fallBack(provider, doing + ": the response is larger than 1 MiB", response.statusCode(), null);
            }
            return new JsonResponse(response.statusCode(), response.headers(), parse(bytes));
        } catch (IOException e) {
            throw networkFailure(doing, e, deadline);
        }
    }

    /**
     * Sends {@code request}, retrying network errors and 5xx up to the policy's quick retries, and returns the response
     * with its body unread (the caller closes it). A 5xx left after the retries is returned for the caller to judge.
     */
    HttpResponse<InputStream> exchange(HttpRequest.Builder request, Duration timeout, Replay replay, Deadline deadline, GenerationContext context,
            String doing) throws ProviderException {
        for (int retry = 0; ; retry++) {
            if (deadline.passed()) {
                throw deadlinePassed(doing);
            }
            context.checkpoint();
            HttpRequest built = request.copy().timeout(atLeastOneMilli(deadline.cap(timeout))).build();
            boolean mayRetry = retry < policy.httpRetries();
            try {
                HttpResponse<InputStream> response = client.send(built, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status >= 500 && mayRetry && (replay == Replay.SAFE || status == 503)) {
                    response.body().close();
                    LOG.info("{}: {} answered HTTP {}, retrying", provider, doing, status);
                    Pause.sleep(backoff(retry, deadline), context);
                    continue;
                }
                return response;
            } catch (IOException e) {
                boolean notReceived = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
                if (mayRetry && (replay == Replay.SAFE || notReceived) && !deadline.passed()) {
                    LOG.info("{}: {} failed ({}), retrying", provider, doing, e.getClass().getSimpleName());
                    Pause.sleep(backoff(retry, deadline), context);
                    continue;
                }
                throw networkFailure(doing, e, deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Pause.interrupted();
            }
        }
    }

    /**
     * Sends a request once and ignores the answer: used to cancel remote work while giving up, when the job may be
     * cancelled already (no checkpoint) and the deadline may have passed (its own short timeout).
     */
    void sendQuietly(HttpRequest.Builder request, String doing) {
        try {
            HttpResponse<Void> response = client.send(request.timeout(policy.requestTimeout()).build(), HttpResponse.BodyHandlers.discarding());
            LOG.info("{}: {} answered HTTP {}", provider, doing, response.statusCode());
        } catch (IOException e) {
            LOG.warn("{}: {} failed: {}", provider, doing, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The chain's instruction for a response that was not a success: rate limited → retry after the provider's reset;
     * 422 → fail with the provider's message (another provider would refuse it too); anything else (401, 402, 403,
     * 404, 5xx after the quick retries, other codes) → fall back.
     */
    ProviderException failure(JsonResponse response, String doing) {
        int status = response.status();
        String said = ErrorText.of(response.body());
        if (status == 429) {
            Duration after = RetryAfter.from(response.headers(), response.body()).orElse(policy.httpRetryBackoff());
            return ProviderException.retry(provider, clean(doing + ": rate limited (HTTP 429) " + said), after, status, null);
        }
        if (status == 422) {
            return ProviderException.fail(provider, clean(said.isBlank() ? "the provider refused the request (HTTP 422)" : said), status);
        }
        return ProviderException.fallBack(provider, clean(doing + ": HTTP " + status + (said.isBlank() ? "" : " " + said)), status, null);
    }

    ProviderException deadlinePassed(String doing) {
        return ProviderException.fallBack(provider, "the deadline passed while " + doing, 0, null);
    }

    String clean(String raw) {
        return ProviderMessages.clean(raw, secret);
    }

    /** True when {@code candidate} is on the same scheme, host and port as {@code origin}: only there may a credential go. */
    static boolean sameOrigin(URI origin, URI candidate) {
        return candidate.getScheme() != null && candidate.getHost() != null
                && origin.getScheme().equalsIgnoreCase(candidate.getScheme())
                && origin.getHost().equalsIgnoreCase(candidate.getHost())
                && port(origin) == port(candidate);
    }

    /** The URL in {@code node} when it is on {@code origin}'s origin; a URL elsewhere must not receive the credential. */
    static Optional<URI> onOrigin(JsonNode node, URI origin) {
        if (!node.isTextual()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(node.asText());
            return sameOrigin(origin, uri) ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private ProviderException networkFailure(String doing, IOException e, Deadline deadline) {
        if (deadline.passed()) {
            return deadlinePassed(doing);
        }
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
        return ProviderException.retry(provider, clean(doing + ": network error: " + what), Duration.ZERO, 0, null);
    }

    private Duration backoff(int retry, Deadline deadline) {
        long millis = policy.httpRetryBackoffMs() << Math.min(retry, 20);
        return deadline.cap(Duration.ofMillis(millis));
    }

    private static Duration atLeastOneMilli(Duration duration) {
        return duration.toMillis() < 1 ? Duration.ofMillis(1) : duration;
    }

    private static JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return uri.getScheme().toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
    }
}
