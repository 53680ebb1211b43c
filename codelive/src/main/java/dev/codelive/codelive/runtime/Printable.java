package dev.codelive.codelive.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's notion of a printable code point ({@code str.isprintable}), which decides what {@code repr} escapes.
 * It comes from CPython's own Unicode 14 tables, bundled as a resource, rather than from the JDK, whose newer Unicode
 * version assigns (and so would print) characters CPython 3.11 escapes.
 */
final class Printable {
    private static final int[] STARTS;
    private static final int[] ENDS;

    static {
        List<int[]> ranges = new ArrayList<>();
        try (InputStream in = Printable.class.getResourceAsStream("nonprintable.txt")) {
            if (in == null) {
                throw new IllegalStateException("nonprintable.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int dash = line.indexOf('-');
                ranges.add(new int[] {Integer.parseInt(line.substring(0, dash), 16),
                        Integer.parseInt(line.substring(dash + 1).trim(), 16)});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        STARTS = ranges.stream().mapToInt(r -> r[0]).toArray();
        ENDS = ranges.stream().mapToInt(r -> r[1]).toArray();
    }

    private Printable() {}

    static boolean isPrintable(int codePoint) {
        int low = 0;
        int high = STARTS.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (codePoint < STARTS[mid]) {
                high = mid - 1;
            } else if (codePoint > ENDS[mid]) {
                low = mid + 1;
            } else {
                return false;
            }
        }
        return true;
    }
}
