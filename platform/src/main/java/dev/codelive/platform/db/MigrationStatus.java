package dev.codelive.platform.db;

/**
 * The schema's state.
 *
 * @param version the applied schema version, "none" for an empty database
 * @param pending migrations not applied yet
 */
public record MigrationStatus(String version, int pending) {}
