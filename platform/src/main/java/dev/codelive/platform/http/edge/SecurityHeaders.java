package dev.codelive.platform.http.edge;

import java.util.List;
import org.eclipse.jetty.http.HttpFields;

/** The security headers every response carries, errors included. */
public final class SecurityHeaders {
    private static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final String PERMISSIONS = "camera=(), geolocation=(), payment=(), usb=(), microphone=(self)";

    private final String contentSecurityPolicy;

    /** @param connectSources origins the pages may also connect to, beyond their own */
    public SecurityHeaders(List<String> connectSources) {
        String connect = connectSources.isEmpty() ? "'self'" : "'self' " + String.join(" ", connectSources);
        this.contentSecurityPolicy = String.join("; ",
                "default-src 'self'",
                "connect-src " + connect,
                "img-src 'self' data: blob:",
                "media-src 'self' blob:",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'self'");
    }

    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    /** @param secure whether the client connected over HTTPS (directly or via a trusted proxy) */
    public void apply(HttpFields.Mutable headers, boolean secure) {
        headers.put("Content-Security-Policy", contentSecurityPolicy);
        headers.put("X-Frame-Options", "SAMEORIGIN");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("Permissions-Policy", PERMISSIONS);
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        if (secure) {
            headers.put("Strict-Transport-Security", HSTS);
        }
    }
}
