package dev.codelive.platform.health;

/** One dependency the server needs before it can take traffic (a database, Redis, a toolchain…). */
@FunctionalInterface
public interface ReadinessCheck {

    /** Returns the state of the dependency; throwing counts as failing, with the exception's message as detail. */
    CheckResult check() throws Exception;
}
