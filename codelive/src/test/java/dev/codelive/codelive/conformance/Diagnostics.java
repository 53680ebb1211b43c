package dev.codelive.codelive.conformance;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A batched compiler's output, split by unit: a line naming {@code unit/…} belongs to that unit, an indented line to
 * the unit of the line before it, a header line (as recognised by {@code header}) switches the current unit, and
 * anything else belongs to every unit. The {@code unit/} prefix is removed, so cached diagnostics read
 * {@code main.go:3:5: …} whatever the batch was.
 */
final class Diagnostics {
    private final Map<String, StringBuilder> byUnit = new HashMap<>();
    private final StringBuilder shared = new StringBuilder();

    private Diagnostics() {}

    /** Splits {@code output}; {@code header} returns the unit a header line opens, or null for other lines. */
    static Diagnostics split(String output, List<Path> units, Function<String, String> header) {
        Diagnostics diagnostics = new Diagnostics();
        units.forEach(unit -> diagnostics.byUnit.put(unit.getFileName().toString(), new StringBuilder()));
        String current = null;
        for (String raw : output.lines().toList()) {
            String line = raw.startsWith("./") ? raw.substring(2) : raw;
            String opened = header.apply(line);
            if (opened != null && diagnostics.byUnit.containsKey(opened)) {
                current = opened;
                continue;
            }
            String owner = diagnostics.ownerOf(line);
            if (owner != null) {
                current = owner;
                diagnostics.byUnit.get(owner).append(line.substring(owner.length() + 1)).append('\n');
            } else if (current != null && (line.startsWith(" ") || line.startsWith("\t"))) {
                diagnostics.byUnit.get(current).append(line).append('\n');
            } else if (!line.isBlank()) {
                diagnostics.shared.append(line).append('\n');
            }
        }
        return diagnostics;
    }

    private String ownerOf(String line) {
        for (String unit : byUnit.keySet()) {
            if (line.startsWith(unit + "/")) {
                return unit;
            }
        }
        return null;
    }

    /** The unit's lines, then the lines that belong to no unit in particular. */
    String of(String unit) {
        return byUnit.getOrDefault(unit, new StringBuilder()).toString() + shared;
    }

    /** Whether some line belongs to no unit in particular (a broken flag, a missing library). */
    boolean hasShared() {
        return !shared.isEmpty();
    }
}
