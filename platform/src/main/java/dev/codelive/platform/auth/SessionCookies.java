package dev.codelive.platform.auth;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * The browser's session: an HttpOnly cookie with the session token, and a readable cookie with the CSRF token
 * that the page echoes in {@code X-CSRF-Token} on every write. Both are SameSite=Strict.
 */
public final class SessionCookies {
    public static final String SESSION = "codelive_session";
    public static final String CSRF = "codelive_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private SessionCookies() {}

    public static void set(Context ctx, String sessionToken, Duration ttl, boolean secure) {
        long maxAge = ttl.toSeconds();
        ctx.res().addHeader("Set-Cookie", cookie(SESSION, sessionToken, maxAge, secure, true));
        ctx.res().addHeader("Set-Cookie", cookie(CSRF, TokenStore.csrfToken(sessionToken), maxAge, secure, false));
    }

    public static void clear(Context ctx, boolean secure) {
        ctx.res().addHeader("Set-Cookie", cookie(SESSION, "", 0, secure, true));
        ctx.res().addHeader("Set-Cookie", cookie(CSRF, "", 0, secure, false));
    }

    public static Optional<String> sessionToken(Context ctx) {
        return Optional.ofNullable(ctx.cookie(SESSION)).filter(token -> !token.isBlank() && token.length() <= 200);
    }

    private static String cookie(String name, String value, long maxAge, boolean secure, boolean httpOnly) {
        return name + "=" + value + "; Path=/; Max-Age=" + maxAge + "; SameSite=Strict"
                + (httpOnly ? "; HttpOnly" : "") + (secure ? "; Secure" : "");
    }
}
