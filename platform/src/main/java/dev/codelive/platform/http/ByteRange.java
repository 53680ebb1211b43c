package dev.codelive.platform.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a representation (RFC 9110 §14): {@code first} to {@code last}, both inclusive.
 *
 * @param first the first byte
 * @param last the last byte, less than the representation's length
 */
public record ByteRange(long first, long last) {
    private static final Pattern SINGLE = Pattern.compile("bytes=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");

    /** What a {@code Range} header asks of a representation of {@code length} bytes. */
    public sealed interface Request {}

    /** No usable range: no header, a syntax this server does not serve (several ranges), or garbage: send it all. */
    public record Whole() implements Request {}

    /** One range that overlaps the representation. */
    public record Part(ByteRange range) implements Request {}

    /** A well-formed range that lies wholly past the end: 416. */
    public record Unsatisfiable() implements Request {}

    public long length() {
        return last - first + 1;
    }

    /** {@code bytes first-last/total}, for {@code Content-Range}. */
    public String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    /**
     * Reads a {@code Range} header. Ignoring what cannot be served is what RFC 9110 allows, and a browser seeking in a
     * media element only ever asks for one range.
     */
    public static Request parse(String header, long length) {
        if (header == null) {
            return new Whole();
        }
        Matcher matcher = SINGLE.matcher(header);
        if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
            return new Whole();
        }
        Optional<Long> first = number(matcher.group(1));
        Optional<Long> last = number(matcher.group(2));
        if (matcher.group(1).isEmpty()) {
            // A suffix: the last n bytes.
            if (last.isEmpty()) {
                return new Whole();
            }
            if (last.get() == 0 || length == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, length - last.get()), length - 1));
        }
        if (first.isEmpty() || !matcher.group(2).isEmpty() && (last.isEmpty() || last.get() < first.get())) {
            return new Whole();
        }
        if (first.get() >= length) {
            return new Unsatisfiable();
        }
        long end = last.map(value -> Math.min(value, length - 1)).orElse(length - 1);
        return new Part(new ByteRange(first.get(), end));
    }

    private static Optional<Long> number(String digits) {
        if (digits.isEmpty() || digits.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }
}
