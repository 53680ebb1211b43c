package dev.codelive.codelive.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which attributes CPython 3.11's types have ({@code dir(value)}), from a resource generated with CPython. It tells an
 * attribute CPython lacks (an AttributeError, which the runtime can report) from one the runtime does not model (which
 * it must refuse rather than pretend is missing).
 */
public final class Attributes {
    private static final Map<String, Set<String>> BY_TYPE = load();

    private Attributes() {}

    /** Whether {@code value.name} exists in CPython, method or not. */
    public static boolean exists(PyObject value, String name) {
        Set<String> names = BY_TYPE.get(value.typeName());
        if (names == null) {
            throw new IllegalStateException("no attribute list for type " + value.typeName());
        }
        return names.contains(name);
    }

    /** The error for {@code value.name}: AttributeError if CPython has no such attribute, else a refusal. */
    static RuntimeException missing(PyObject value, String name) {
        if (exists(value, name)) {
            return new NotSupportedException(value.typeName() + "." + name);
        }
        return PythonError.attributeError("'" + value.typeName() + "' object has no attribute '" + name + "'");
    }

    private static Map<String, Set<String>> load() {
        try (InputStream in = Attributes.class.getResourceAsStream("attributes.txt")) {
            if (in == null) {
                throw new IllegalStateException("attributes.txt is missing from the classpath");
            }
            Map<String, Set<String>> byType = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                byType.put(line.substring(0, colon),
                        Set.copyOf(Arrays.asList(line.substring(colon + 1).strip().split(" "))));
            }
            return Map.copyOf(byType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
