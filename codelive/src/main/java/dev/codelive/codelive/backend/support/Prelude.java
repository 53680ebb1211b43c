package dev.codelive.codelive.backend.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The helper functions a backend may copy into a program, kept as one resource in the target language: each helper
 * follows a {@code // @helper name [other declared names]} line. A helper needs the helpers whose declared names its
 * text mentions, so that a program gets exactly the helpers it calls, in the order of the resource. Immutable and
 * shareable; {@link #select()} starts one program's selection.
 */
public final class Prelude {
    private static final Pattern MARKER = Pattern.compile("^// @helper (\\w+)((?: \\w+)*)\\s*$", Pattern.MULTILINE);

    /** Helper name → its text, in resource order. */
    private final Map<String, String> helpers;
    /** Helper name → the helpers its text mentions. */
    private final Map<String, Set<String>> needs = new LinkedHashMap<>();
    /** Every name the helpers declare, with the helper that declares it. */
    private final Map<String, String> declared = new LinkedHashMap<>();

    private Prelude(Map<String, String> helpers, Map<String, List<String>> declarations) {
        this.helpers = helpers;
        declarations.forEach((helper, names) -> names.forEach(name -> declared.put(name, helper)));
        for (var entry : helpers.entrySet()) {
            Set<String> mentioned = new LinkedHashSet<>();
            declarations.forEach((other, names) -> {
                boolean mentions = names.stream().anyMatch(name -> Pattern.compile("\\b" + name + "\\b").matcher(entry.getValue()).find());
                if (!other.equals(entry.getKey()) && mentions) {
                    mentioned.add(other);
                }
            });
            needs.put(entry.getKey(), mentioned);
        }
    }

    /** Loads the resource next to {@code owner}. */
    public static Prelude load(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing prelude resource " + resource + " next to " + owner.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Prelude parse(String text) {
        Map<String, String> helpers = new LinkedHashMap<>();
        Map<String, List<String>> declarations = new LinkedHashMap<>();
        Matcher matcher = MARKER.matcher(text);
        String name = null;
        int start = 0;
        while (matcher.find()) {
            if (name != null) {
                helpers.put(name, text.substring(start, matcher.start()).strip() + "\n");
            }
            name = matcher.group(1);
            List<String> names = new ArrayList<>(List.of(name));
            names.addAll(List.of(matcher.group(2).strip().split(" +")).stream().filter(n -> !n.isEmpty()).toList());
            declarations.put(name, names);
            start = matcher.end();
        }
        if (name != null) {
            helpers.put(name, text.substring(start).strip() + "\n");
        }
        return new Prelude(helpers, declarations);
    }

    /** Every name the helpers declare: identifiers a program's own names must not take. */
    public Set<String> names() {
        return java.util.Collections.unmodifiableSet(declared.keySet());
    }

    /** Starts choosing the helpers of one program. */
    public Selection select() {
        return new Selection();
    }

    /** The helpers one program uses. */
    public final class Selection {
        private final Set<String> used = new LinkedHashSet<>();

        private Selection() {}

        /** Marks the helper that declares the name as used and returns the name, for the call being rendered. */
        public String use(String name) {
            String helper = declared.get(name);
            if (helper == null) {
                throw new IllegalArgumentException("no helper " + name + " in the prelude");
            }
            used.add(helper);
            return name;
        }

        public boolean isEmpty() {
            return used.isEmpty();
        }

        /** Whether some helper declares the name. */
        public boolean isDeclared(String name) {
            return declared.containsKey(name);
        }

        /** The used helpers and those they need, in resource order, separated by blank lines. */
        public String render() {
            Set<String> closure = new LinkedHashSet<>();
            List<String> pending = new ArrayList<>(used);
            while (!pending.isEmpty()) {
                String next = pending.removeLast();
                if (closure.add(next)) {
                    pending.addAll(needs.get(next));
                }
            }
            List<String> parts = new ArrayList<>();
            helpers.forEach((name, text) -> {
                if (closure.contains(name)) {
                    parts.add(text);
                }
            });
            return String.join("\n", parts);
        }
    }
}
