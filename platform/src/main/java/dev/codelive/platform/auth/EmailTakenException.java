package dev.codelive.platform.auth;

/** Sign-up for an email that already has an account. */
public final class EmailTakenException extends RuntimeException {
    public EmailTakenException(String email) {
        super("an account for " + email + " already exists", null, false, false);
    }
}
