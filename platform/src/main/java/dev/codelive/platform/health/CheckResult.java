package dev.codelive.platform.health;

/**
 * The state of one dependency: healthy or not, and a short human-readable detail.
 *
 * @param critical whether being unhealthy makes the replica unready; a capability that is off while the others work
 *     (code execution without a sandbox) reports "degraded" instead, so load balancers keep the replica
 */
public record CheckResult(boolean healthy, String detail, boolean critical) {

    public static CheckResult ok() {
        return new CheckResult(true, null, true);
    }

    public static CheckResult failing(String detail) {
        return new CheckResult(false, detail, true);
    }

    /** Not working, but not a reason to take the replica out of service: shown as "degraded" in /ready. */
    public static CheckResult degraded(String detail) {
        return new CheckResult(false, detail, false);
    }
}
