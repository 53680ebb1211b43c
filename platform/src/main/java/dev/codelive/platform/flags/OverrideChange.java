package dev.codelive.platform.flags;

/**
 * The result of changing a flag's override, for the response and the audit log.
 *
 * @param before the override before, null when there was none
 * @param after the override after, null when it was removed
 * @param state the flag now
 */
public record OverrideChange(FlagOverride before, FlagOverride after, FlagState state) {}
