package dev.codelive.platform.http;

import java.io.IOException;

/** Thrown while streaming a body the moment it passes its limit, so it is never read whole. */
final class BodyTooLargeException extends IOException {
    private final long limit;

    BodyTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes", null);
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
