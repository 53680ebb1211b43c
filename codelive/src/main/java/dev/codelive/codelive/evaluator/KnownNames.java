package dev.codelive.codelive.evaluator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * What CPython 3.11 itself provides under a name: its builtins, and the public names of {@code math} and
 * {@code typing}. A name CPython has but the runtime does not model must be refused, never reported as a NameError or
 * an ImportError that CPython would not raise; these lists tell the two apart. They are resources generated from
 * CPython and checked against it by a test.
 */
final class KnownNames {
    static final Set<String> BUILTINS = load("builtins.txt");
    static final Set<String> MATH = load("math.txt");
    static final Set<String> TYPING = load("typing.txt");

    private KnownNames() {}

    private static Set<String> load(String resource) {
        try (InputStream in = KnownNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            Set<String> names = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
