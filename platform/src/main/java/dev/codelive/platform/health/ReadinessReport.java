package dev.codelive.platform.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one readiness evaluation.
 *
 * @param ready true only when warm-up is done, the server is not draining, and every check passed or is only degraded
 * @param checks outcome by check name, in registration order, always starting with {@code warmup}
 */
public record ReadinessReport(boolean ready, Map<String, Outcome> checks) {

    /** Names of the checks that are not ok. */
    public List<String> failing() {
        return checks.entrySet().stream().filter(entry -> !entry.getValue().status().equals("ok")).map(Map.Entry::getKey).toList();
    }

    /**
     * @param status ok, degraded (not working, but not critical), pending, failing, timeout or draining
     * @param detail why it is not ok, absent when ok
     * @param latencyMs how long the check took
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcome(String status, String detail, Long latencyMs) {}
}
