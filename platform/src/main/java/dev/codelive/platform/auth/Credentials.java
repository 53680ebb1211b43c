package dev.codelive.platform.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules for emails and passwords, stated so that an error can quote them. */
public final class Credentials {
    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 128;
    public static final String PASSWORD_RULES = "at least " + MIN_PASSWORD_LENGTH + " and at most " + MAX_PASSWORD_LENGTH
            + " characters, at least 5 different characters, and not the email address";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private Credentials() {}

    /** Trimmed and lower-cased, so that one mailbox is one account whatever the capitalisation. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isValidEmail(String normalized) {
        return normalized != null && normalized.length() <= 254 && EMAIL.matcher(normalized).matches();
    }

    /** What is wrong with {@code password}, empty when it is acceptable. */
    public static List<String> passwordProblems(String password, String normalizedEmail) {
        List<String> problems = new ArrayList<>();
        if (password == null) {
            return List.of("is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD_LENGTH) {
            problems.add("is shorter than " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (length > MAX_PASSWORD_LENGTH) {
            problems.add("is longer than " + MAX_PASSWORD_LENGTH + " characters");
        }
        if (password.codePoints().distinct().count() < 5) {
            problems.add("has fewer than 5 different characters");
        }
        if (normalizedEmail != null && password.trim().equalsIgnoreCase(normalizedEmail)) {
            problems.add("is the email address");
        }
        return problems;
    }
}
