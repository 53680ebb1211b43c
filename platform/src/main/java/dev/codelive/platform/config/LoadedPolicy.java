package dev.codelive.platform.config;

/**
 * A policy together with where it came from, for the boot log and for operators comparing replicas.
 *
 * @param policy the validated policy
 * @param source the operator's file, or "bundled defaults"
 * @param sha256 hex digest of the bytes of {@code source}
 */
public record LoadedPolicy(Policy policy, String source, String sha256) {}
