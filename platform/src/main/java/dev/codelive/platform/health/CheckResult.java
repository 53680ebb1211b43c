package dev.codelive.platform.health;

/** The state of one dependency: healthy or not, and a short human-readable detail. */
public record CheckResult(boolean healthy, String detail) {

    public static CheckResult ok() {
        return new CheckResult(true, null);
    }

    public static CheckResult failing(String detail) {
        return new CheckResult(false, detail);
    }
}
