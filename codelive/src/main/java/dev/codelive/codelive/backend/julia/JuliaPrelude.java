package dev.codelive.codelive.backend.julia;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/** The helpers one Julia program uses, written before its code in a fixed order. */
final class JuliaPrelude {
    private final Set<JuliaHelper> used = EnumSet.noneOf(JuliaHelper.class);

    /** Marks the helper (and those it calls) as used and answers {@code name}, for chaining into a call. */
    String use(JuliaHelper helper, String name) {
        if (used.add(helper)) {
            helper.requires().forEach(required -> use(required, ""));
        }
        return name;
    }

    boolean needsPrintf() {
        return used.stream().anyMatch(JuliaHelper::needsPrintf);
    }

    String render() {
        StringBuilder out = new StringBuilder();
        for (JuliaHelper helper : JuliaHelper.values()) {
            if (used.contains(helper)) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(load(helper.resource()));
            }
        }
        return out.toString();
    }

    private static String load(String resource) {
        try (InputStream in = JuliaPrelude.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
