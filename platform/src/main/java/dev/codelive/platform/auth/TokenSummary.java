package dev.codelive.platform.auth;

import java.time.OffsetDateTime;

/**
 * What its owner may see of a live token: never the secret, which exists only in the answer that created it.
 *
 * @param kind "bearer" for API tokens, "session" for browser sign-ins
 * @param label the owner's name for an API token; null for sign-ins
 * @param current true for the token that made the request listing it
 */
public record TokenSummary(String id, String kind, String label, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
                           OffsetDateTime expiresAt, boolean current) {}
