package dev.codelive.foundry.provider;

import java.util.regex.Pattern;

/**
 * Recognises a provider's content or safety refusal in its error text (for example Replicate's E005 "flagged as
 * sensitive"). Such a job fails with the provider's message instead of trying another provider with the same prompt.
 */
final class ContentRejection {
    private static final Pattern WORDS = Pattern.compile(
            "(?i)\\bE005\\b|flagged as sensitive|\\bnsfw\\b|content[ _]polic|safety (filter|checker|system)|unsafe content|prohibited content");

    private ContentRejection() {}

    static boolean in(String errorText) {
        return errorText != null && WORDS.matcher(errorText).find();
    }
}
