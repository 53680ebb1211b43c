package dev.codelive.platform.http;

import java.util.UUID;
import java.util.regex.Pattern;

/** Accepts a caller's {@code X-Request-Id} when it is safe to log and echo, else mints a new one. */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    // Restrictive on purpose: the id lands in logs and headers, so no spaces, quotes or control characters.
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {}

    public static String acceptOrGenerate(String supplied) {
        return supplied != null && WELL_FORMED.matcher(supplied).matches() ? supplied : generate();
    }

    public static String generate() {
        return UUID.randomUUID().toString();
    }
}
