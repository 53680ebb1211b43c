package dev.codelive.codelive.backend.rust;

import java.util.HashSet;
import java.util.Set;

/** Rust identifiers for Python names: keywords and the helpers' names get a trailing underscore. */
final class RustNames {
    private static final Set<String> KEYWORDS = Set.of("as", "async", "await", "break", "const", "continue", "crate", "dyn",
            "else", "enum", "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
            "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
            "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual",
            "yield", "try", "union", "main", "i64", "i128", "f64", "bool", "str", "String", "Vec", "Some", "None", "Ok", "Err",
            "Option", "Result", "Repr", "char", "usize", "u32");
    private final Set<String> reserved = new HashSet<>(KEYWORDS);

    /** Keeps helper function names free for the helpers. */
    void reserve(String name) {
        reserved.add(name);
    }

    String of(String python) {
        String name = python;
        while (reserved.contains(name)) {
            name = name + "_";
        }
        return name;
    }
}
