package dev.codelive.codelive.backend.go;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Go identifiers for Python names: snake_case becomes camelCase as Go writes it, and names Go reserves (keywords,
 * predeclared identifiers, the packages and helpers the program uses) get a trailing underscore.
 */
final class GoNames {
    private static final Set<String> RESERVED = Set.of("break", "case", "chan", "const", "continue", "default", "defer", "else",
            "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select",
            "struct", "switch", "type", "var", "append", "cap", "close", "complex", "copy", "delete", "imag", "len", "make", "new",
            "panic", "print", "println", "real", "recover", "bool", "byte", "error", "float32", "float64", "int", "int8", "int16",
            "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "true", "false", "iota",
            "nil", "any", "comparable", "main", "init", "fmt", "strings", "math", "big", "sort", "strconv", "reflect", "utf8",
            "unicode", "os", "bufio", "sync");
    private final Set<String> reserved = new HashSet<>(RESERVED);
    private final Map<String, String> chosen = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private final Set<String> temporaries = new HashSet<>();
    /** The spellings the snippet's names may get, whether or not they were given yet: temporaries avoid them. */
    private final Set<String> snippet = new HashSet<>();

    void reserve(String name) {
        reserved.add(name);
    }

    /** Keeps temporaries clear of a name of the snippet's, which may get its spelling only later in the rendering. */
    void avoid(String python) {
        snippet.add(camel(python));
    }

    /** The Go name of a Python name, the same for every use of it. */
    String of(String python) {
        return chosen.computeIfAbsent(python, this::fresh);
    }

    private String fresh(String python) {
        String base = camel(python);
        String name = base;
        for (int n = 2; reserved.contains(name) || used.contains(name); n++) {
            name = reserved.contains(base) && n == 2 ? base + "_" : base + n;
        }
        used.add(name);
        return name;
    }

    /** A name no Python name maps to, for a temporary of the generated code. */
    String temporary(String stem, Set<String> taken) {
        String name = stem;
        for (int n = 2; reserved.contains(name) || used.contains(name) || snippet.contains(name) || taken.contains(name); n++) {
            name = stem + n;
        }
        taken.add(name);
        temporaries.add(name);
        return name;
    }

    /** Whether this name was given to a Python name or a temporary. */
    boolean gave(String name) {
        return used.contains(name) || temporaries.contains(name);
    }

    static String camel(String python) {
        if (python.equals("_")) {
            return "_";
        }
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        int first = 0;
        while (first < python.length() && python.charAt(first) == '_') {
            first++;
        }
        for (char c : python.substring(first).toCharArray()) {
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.isEmpty() ? "underscore" : out.toString();
    }
}
