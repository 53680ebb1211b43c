package dev.codelive.codelive.backend.shared;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The target-language names of one program's Python names: unchanged, unless a name is a keyword, a global of the
 * target, or a helper's name, in which case it gets a trailing underscore (more if that is taken too).
 */
public final class Identifiers {
    private final Map<String, String> renamed = new HashMap<>();

    /**
     * @param reserved names the program's own names must not take
     * @param taken every Python name of the program (see {@link IrTrees#names})
     */
    public Identifiers(Set<String> reserved, Set<String> taken) {
        Set<String> used = new HashSet<>(taken);
        for (String name : taken.stream().sorted().toList()) {
            if (reserved.contains(name)) {
                String candidate = name + "_";
                while (reserved.contains(candidate) || used.contains(candidate)) {
                    candidate += "_";
                }
                used.add(candidate);
                renamed.put(name, candidate);
            }
        }
    }

    /** The name to write for a Python name. */
    public String of(String python) {
        return renamed.getOrDefault(python, python);
    }
}
