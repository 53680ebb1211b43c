package dev.codelive.platform.auth;

/** A token just created: {@code token} is the secret, shown this once. */
public record IssuedToken(String token, TokenSummary summary) {}
