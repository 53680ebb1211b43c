package dev.codelive.platform.http.route;

import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One HTTP endpoint: what it does (for {@code /openapi.json}), how it is limited, and its handler.
 * Modules declare routes this way rather than on Javalin directly, so no endpoint escapes documentation or limits.
 *
 * @param method HTTP method, upper case
 * @param path Javalin path template, e.g. {@code /api/tracks/{id}}
 * @param summary one line for the API reference
 * @param tag the capability it belongs to
 * @param access who may call it
 * @param essential served in emergency mode and open to non-admin writes in maintenance (probes, sign-in, admin)
 * @param capability the kill switch it obeys, if any
 * @param rateClass the rate class it draws from, empty for operational routes
 * @param maxBodyBytes a body limit of its own, else the policy default
 * @param requestSchema JSON Schema of the request body, when it takes one
 * @param responses documented responses by status
 * @param handler the Javalin handler
 */
public record Route(
        String method,
        String path,
        String summary,
        String tag,
        Access access,
        boolean essential,
        Optional<String> capability,
        Optional<String> rateClass,
        OptionalLong maxBodyBytes,
        Optional<Map<String, Object>> requestSchema,
        List<ResponseDoc> responses,
        Handler handler) {

    public Route {
        Objects.requireNonNull(handler, "handler");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("route path must start with '/': " + path);
        }
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("route " + method + " " + path + " needs a summary for the API reference");
        }
        responses = List.copyOf(responses);
    }

    public static Builder get(String path) {
        return new Builder("GET", path);
    }

    public static Builder post(String path) {
        return new Builder("POST", path);
    }

    public static Builder put(String path) {
        return new Builder("PUT", path);
    }

    public static Builder patch(String path) {
        return new Builder("PATCH", path);
    }

    public static Builder delete(String path) {
        return new Builder("DELETE", path);
    }

    /** Who may call a route. */
    public enum Access {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** A signed-in user (401 otherwise). */
        USER,
        /** A signed-in admin (401 when not signed in, 403 for other users). */
        ADMIN
    }

    /**
     * A documented response.
     *
     * @param status HTTP status
     * @param description what it means
     * @param contentType media type of the body, empty for none
     * @param schema JSON Schema of the body, when it is JSON
     */
    public record ResponseDoc(int status, String description, Optional<String> contentType, Optional<Map<String, Object>> schema) {}

    /**
     * Fluent construction. By default a route needs a signed-in user, is in the {@code api} rate class and has the
     * default body limit: forgetting to declare access never makes a route public.
     */
    public static final class Builder {
        private final String method;
        private final String path;
        private String summary;
        private String tag = "platform";
        private Access access = Access.USER;
        private boolean essential;
        private Optional<String> capability = Optional.empty();
        private Optional<String> rateClass = Optional.of("api");
        private OptionalLong maxBodyBytes = OptionalLong.empty();
        private Optional<Map<String, Object>> requestSchema = Optional.empty();
        private final List<ResponseDoc> responses = new ArrayList<>();

        private Builder(String method, String path) {
            this.method = method.toUpperCase(Locale.ROOT);
            this.path = path;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder tag(String tag) {
            this.tag = tag;
            return this;
        }

        public Builder publicAccess() {
            this.access = Access.PUBLIC;
            return this;
        }

        /** Admin routes are essential: admins must be able to end an emergency. */
        public Builder adminOnly() {
            this.access = Access.ADMIN;
            this.essential = true;
            return this;
        }

        /** Keeps the route working in emergency and maintenance modes. */
        public Builder essential() {
            this.essential = true;
            return this;
        }

        /** The route answers 503 while this capability is switched off by an admin. */
        public Builder capability(String name) {
            this.capability = Optional.of(name);
            return this;
        }

        public Builder rateClass(String rateClass) {
            this.rateClass = Optional.of(rateClass);
            return this;
        }

        /** Operational routes (probes, metrics) must answer even when a client is throttled. */
        public Builder notRateLimited() {
            this.rateClass = Optional.empty();
            return this;
        }

        public Builder maxBodyBytes(long bytes) {
            this.maxBodyBytes = OptionalLong.of(bytes);
            return this;
        }

        public Builder jsonBody(Map<String, Object> schema) {
            this.requestSchema = Optional.of(schema);
            return this;
        }

        public Builder json(int status, String description, Map<String, Object> schema) {
            responses.add(new ResponseDoc(status, description, Optional.of("application/json"), Optional.of(schema)));
            return this;
        }

        public Builder responds(int status, String description, String contentType) {
            responses.add(new ResponseDoc(status, description, Optional.of(contentType), Optional.empty()));
            return this;
        }

        public Builder responds(int status, String description) {
            responses.add(new ResponseDoc(status, description, Optional.empty(), Optional.empty()));
            return this;
        }

        public Route handler(Handler handler) {
            return new Route(method, path, summary, tag, access, essential, capability, rateClass, maxBodyBytes, requestSchema, responses, handler);
        }
    }
}
