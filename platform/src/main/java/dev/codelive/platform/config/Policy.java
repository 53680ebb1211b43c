package dev.codelive.platform.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tunable numbers of a deployment, read from {@code config/policy.yml}.
 *
 * @param http request limits and response compression
 * @param rateLimits token-bucket limits by rate class name
 * @param auth sign-in settings
 * @param readiness readiness probe behaviour
 * @param live limits for live (WebSocket) features
 * @param jobs the durable job queue
 * @param events the event bus between modules and replicas
 * @param features feature flags by name, over the defaults modules declare
 * @param modules each capability module's own section by module name, unbound: the platform cannot know the modules'
 *                types, so a module binds its section with {@link PolicyLoader#bindModule} when it registers
 */
public record Policy(HttpPolicy http, Map<String, RateLimitSpec> rateLimits, AuthPolicy auth, ReadinessPolicy readiness, LivePolicy live,
                     JobsPolicy jobs, EventsPolicy events, Map<String, FeatureSpec> features, Map<String, JsonNode> modules) {

    public Policy {
        Validate.present("http", http);
        Validate.present("auth", auth);
        Validate.present("readiness", readiness);
        Validate.present("live", live);
        Validate.present("jobs", jobs);
        Validate.present("events", events);
        rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
        features = features == null ? Map.of() : Map.copyOf(features);
        modules = modules == null ? Map.of() : Map.copyOf(modules);
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

    /**
     * @param sessionTtlHours how long a browser session (cookie) stays signed in
     * @param maxApiTokensPerUser how many live labelled API tokens one user may hold
     */
    public record AuthPolicy(int sessionTtlHours, int maxApiTokensPerUser) {
        public AuthPolicy {
            Validate.range("auth.session_ttl_hours", sessionTtlHours, 1, 8760);
            Validate.range("auth.max_api_tokens_per_user", maxApiTokensPerUser, 1, 10_000);
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

    /**
     * @param leaseSeconds how long a worker's claim on a running job lasts; renewed every third of it while the worker lives
     * @param pollIntervalMs how often idle workers look for due jobs (an enqueue on the same replica wakes them at once)
     * @param backoffBaseMs delay before the first retry; it doubles with each attempt, with jitter
     * @param backoffMaxMs the longest delay between retries
     * @param maxAttempts attempts before a failing job is given up as FAILED, unless the enqueuer says otherwise
     * @param maxPayloadBytes largest payload or result a job may carry, as JSON
     * @param statsRefreshMs how often the queue depth behind the metrics and diagnostics is recounted
     * @param concurrency workers per queue on each replica, overriding {@code WORKER_CONCURRENCY} for the queues named
     */
    public record JobsPolicy(int leaseSeconds, long pollIntervalMs, long backoffBaseMs, long backoffMaxMs, int maxAttempts,
                             int maxPayloadBytes, long statsRefreshMs, Map<String, Integer> concurrency) {
        public JobsPolicy {
            Validate.range("jobs.lease_seconds", leaseSeconds, 1, 3600);
            // A worker renews its leases on its poll tick, so the tick must come round well within a lease.
            Validate.range("jobs.poll_interval_ms", pollIntervalMs, 10, Math.max(10, leaseSeconds * 1000L / 3));
            Validate.range("jobs.backoff_base_ms", backoffBaseMs, 10, 3_600_000);
            Validate.range("jobs.backoff_max_ms", backoffMaxMs, backoffBaseMs, 86_400_000);
            Validate.range("jobs.max_attempts", maxAttempts, 1, 100);
            Validate.range("jobs.max_payload_bytes", maxPayloadBytes, 1024, 16 << 20);
            Validate.range("jobs.stats_refresh_ms", statsRefreshMs, 100, 600_000);
            concurrency = concurrency == null ? Map.of() : Map.copyOf(concurrency);
            concurrency.forEach((queue, workers) -> {
                if (!queue.matches("[a-z0-9][a-z0-9_.-]{0,49}")) {
                    throw new ConfigException("jobs.concurrency." + queue, "is not a queue name (1-50 characters of a-z, 0-9, _, . and -)");
                }
                Validate.range("jobs.concurrency." + queue, workers == null ? -1 : workers, 0, 256);
            });
        }
    }

    /**
     * @param subscriberQueue events one subscriber may have waiting; when it is full the oldest is dropped
     * @param maxPayloadBytes largest event, encoded as JSON
     * @param publishTimeoutMs longest a publication to Redis may take before it counts as failed
     */
    public record EventsPolicy(int subscriberQueue, int maxPayloadBytes, long publishTimeoutMs) {
        public EventsPolicy {
            Validate.range("events.subscriber_queue", subscriberQueue, 1, 1_000_000);
            Validate.range("events.max_payload_bytes", maxPayloadBytes, 1024, 16 << 20);
            Validate.range("events.publish_timeout_ms", publishTimeoutMs, 10, 60_000);
        }
    }

    /**
     * One feature flag as the policy states it; the flags service checks the values. Every key is optional: an entry
     * replaces only what it names of a module's declaration. A class rather than a record because the policy's
     * strict binding requires every record component to be present.
     */
    public static final class FeatureSpec {
        @JsonProperty
        private String description;
        @JsonProperty
        private Boolean enabled;
        @JsonProperty
        private Integer rolloutPercentage;
        @JsonProperty
        private List<String> userGroups;
        @JsonProperty
        private List<String> environments;

        public Optional<String> description() {
            return Optional.ofNullable(description);
        }

        public Optional<Boolean> enabled() {
            return Optional.ofNullable(enabled);
        }

        public Optional<Integer> rolloutPercentage() {
            return Optional.ofNullable(rolloutPercentage);
        }

        public Optional<List<String>> userGroups() {
            return Optional.ofNullable(userGroups).map(java.util.Collections::unmodifiableList);
        }

        public Optional<List<String>> environments() {
            return Optional.ofNullable(environments).map(java.util.Collections::unmodifiableList);
        }
    }
}
