package dev.codelive.platform.http.edge;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which cross-origin callers may use the API: exactly the configured origins, never a wildcard. */
public final class CorsPolicy {
    static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final Set<String> ALLOWED_HEADERS = Set.of(
            "content-type", "authorization", "x-request-id", "idempotency-key", "x-csrf-token", "if-none-match", "if-match");
    static final String EXPOSED_HEADERS =
            "X-Request-Id, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, ETag, Location";
    static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    public CorsPolicy(List<String> origins) {
        this.origins = origins.stream().map(origin -> origin.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean allows(String origin) {
        return origin != null && origins.contains(origin.toLowerCase(Locale.ROOT));
    }

    /** The requested headers we allow, or null when the preflight asks for one we do not. */
    String allowedRequestHeaders(String requested) {
        if (requested == null || requested.isBlank()) {
            return "";
        }
        StringBuilder allowed = new StringBuilder();
        for (String header : requested.split(",")) {
            String name = header.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!ALLOWED_HEADERS.contains(name)) {
                return null;
            }
            allowed.append(allowed.isEmpty() ? "" : ", ").append(name);
        }
        return allowed.toString();
    }
}
