package dev.codelive.foundry.provider;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes a provider's words fit to show a user and to log: no secrets, no signed URL parameters, no control
 * characters, and a bounded length.
 */
final class ProviderMessages {
    static final int MAX_CHARS = 300;
    private static final Pattern CREDENTIAL = Pattern.compile("(?i)\\b(bearer|key|token)(\\s*[:=]?\\s*)[A-Za-z0-9._~+/:=-]{8,}");
    private static final Pattern URL_QUERY = Pattern.compile("(https?://[^\\s?#\"'<>]+)[?#][^\\s\"'<>]*");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}]+");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private ProviderMessages() {}

    static String clean(String raw, Optional<ApiKey> secret) {
        if (raw == null || raw.isBlank()) {
            return "no message";
        }
        String text = raw;
        if (secret.isPresent()) {
            text = text.replace(secret.get().reveal(), "[redacted]");
        }
        text = CREDENTIAL.matcher(text).replaceAll("$1$2[redacted]");
        text = URL_QUERY.matcher(text).replaceAll("$1?…");
        text = CONTROL.matcher(text).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        if (text.isEmpty()) {
            return "no message";
        }
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 1).stripTrailing() + "…";
    }
}
