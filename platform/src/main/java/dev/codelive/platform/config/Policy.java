package dev.codelive.platform.config;

import java.util.Map;

/**
 * The tunable numbers of a deployment, read from {@code config/policy.yml}.
 *
 * @param http request limits and response compression
 * @param rateLimits token-bucket limits by rate class name
 * @param auth sign-in settings
 * @param readiness readiness probe behaviour
 * @param live limits for live (WebSocket) features
 */
public record Policy(HttpPolicy http, Map<String, RateLimitSpec> rateLimits, AuthPolicy auth, ReadinessPolicy readiness, LivePolicy live) {

    public Policy {
        Validate.present("http", http);
        Validate.present("auth", auth);
        Validate.present("readiness", readiness);
        Validate.present("live", live);
        rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
    }

    /**
     * @param maxBodyBytes default request body limit; a route may declare its own
     * @param maxUrlLength longest accepted request target (path and query)
     * @param maxHeaderBytes largest accepted request line plus headers
     * @param json limits applied while parsing JSON bodies
     * @param compressionMinBytes smallest text response that is gzipped
     */
    public record HttpPolicy(long maxBodyBytes, int maxUrlLength, int maxHeaderBytes, JsonPolicy json, int compressionMinBytes) {
        public HttpPolicy {
            Validate.range("http.max_body_bytes", maxBodyBytes, 1024, 1L << 30);
            Validate.range("http.max_url_length", maxUrlLength, 256, 65_536);
            Validate.range("http.max_header_bytes", maxHeaderBytes, 1024, 1 << 20);
            Validate.present("http.json", json);
            Validate.range("http.compression_min_bytes", compressionMinBytes, 0, 1 << 20);
        }
    }

    /**
     * @param maxDepth deepest nesting of arrays and objects
     * @param maxStringLength longest string value or field name, in characters
     */
    public record JsonPolicy(int maxDepth, int maxStringLength) {
        public JsonPolicy {
            Validate.range("http.json.max_depth", maxDepth, 2, 1000);
            Validate.range("http.json.max_string_length", maxStringLength, 64, 100_000_000);
        }
    }

    /** @param sessionTtlHours how long a browser session (cookie) stays signed in */
    public record AuthPolicy(int sessionTtlHours) {
        public AuthPolicy {
            Validate.range("auth.session_ttl_hours", sessionTtlHours, 1, 8760);
        }
    }

    /** @param checkTimeoutMs longest a single readiness check may take before it counts as failing */
    public record ReadinessPolicy(long checkTimeoutMs) {
        public ReadinessPolicy {
            Validate.range("readiness.check_timeout_ms", checkTimeoutMs, 10, 60_000);
        }
    }

    /** @param maxUpdateHz how many updates per second one live client may have processed */
    public record LivePolicy(int maxUpdateHz) {
        public LivePolicy {
            Validate.range("live.max_update_hz", maxUpdateHz, 1, 1000);
        }
    }
}
