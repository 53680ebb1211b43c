package dev.codelive.platform.storage;

/**
 * The name of a blob: {@code /}-separated segments of {@code A-Z a-z 0-9 . _ -}, none starting with a dot.
 *
 * <p>The rules make path traversal impossible by construction: no {@code ..} or {@code .} segment, no absolute path, no
 * backslash, NUL or control character can get in. A leading dot is refused as well, which keeps the stores' own files
 * (temporary uploads, probes) out of every key's reach.
 *
 * @param value the key as written, e.g. {@code tracks/42/master.flac}
 */
public record BlobKey(String value) implements Comparable<BlobKey> {
    /** Longest key, in characters (all ASCII): S3's limit, so a key valid here is valid everywhere. */
    public static final int MAX_LENGTH = 1024;
    /** Longest segment: the usual 255-byte limit on a file name, less room for the local store's suffix. */
    public static final int MAX_SEGMENT_LENGTH = 240;

    public BlobKey {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("invalid blob key " + quote(value) + ": " + problem);
        }
    }

    public static BlobKey of(String value) {
        return new BlobKey(value);
    }

    /** Whether {@code value} is a valid key, for input that may hold foreign names (an S3 listing). */
    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    /**
     * Checks a listing prefix: empty, or the start of some valid key ({@code tracks/}, {@code tracks/4}).
     *
     * @throws IllegalArgumentException naming the problem
     */
    public static String checkPrefix(String prefix) {
        if (prefix == null) {
            throw new IllegalArgumentException("blob key prefix must not be null");
        }
        // Completing the prefix with one safe character must give a valid key, unless the prefix already is one.
        if (!prefix.isEmpty() && !isValid(prefix) && !isValid(prefix + "x")) {
            throw new IllegalArgumentException("invalid blob key prefix " + quote(prefix) + ": " + problem(prefix + "x"));
        }
        return prefix;
    }

    /** The segments, e.g. {@code [tracks, 42, master.flac]}. */
    public String[] segments() {
        return value.split("/");
    }

    @Override
    public int compareTo(BlobKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String problem(String value) {
        if (value == null || value.isEmpty()) {
            return "must not be empty";
        }
        if (value.length() > MAX_LENGTH) {
            return "longer than " + MAX_LENGTH + " characters";
        }
        int segmentStart = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '/') {
                int length = i - segmentStart;
                if (length == 0) {
                    return segmentStart == 0 ? "must not start with '/'" : "must not contain an empty segment ('//' or a trailing '/')";
                }
                if (length > MAX_SEGMENT_LENGTH) {
                    return "a segment is longer than " + MAX_SEGMENT_LENGTH + " characters";
                }
                if (value.charAt(segmentStart) == '.') {
                    return "a segment must not start with '.' (no '.', '..' or hidden names)";
                }
                segmentStart = i + 1;
            } else if (!allowed(value.charAt(i))) {
                return "character " + describe(value.charAt(i)) + " is not allowed (use A-Z a-z 0-9 . _ - and '/' between segments)";
            }
        }
        return null;
    }

    private static boolean allowed(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
    }

    private static String describe(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : "U+%04X".formatted((int) c);
    }

    /** The raw value for a message, shortened and with control characters escaped so it cannot forge log lines. */
    private static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("'");
        int shown = Math.min(value.length(), 80);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            quoted.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : "\\u%04x".formatted((int) c));
        }
        return quoted.append(value.length() > shown ? "…'" : "'").toString();
    }
}
