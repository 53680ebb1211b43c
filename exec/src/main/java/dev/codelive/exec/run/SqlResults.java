package dev.codelive.exec.run;

import java.util.List;
import java.util.Map;

/**
 * The result sets of an SQL execution, in the API's shape: each {@code {"columns": [...], "rows": [[...]]}}.
 *
 * @param all every result set, in statement order
 * @param truncated whether any result set had more rows than the cap
 */
public record SqlResults(List<Map<String, Object>> all, boolean truncated) {
    public SqlResults {
        all = List.copyOf(all);
    }

    /** The last result set: what a single query returns; an empty table when nothing returned rows. */
    public Map<String, Object> last() {
        return all.isEmpty() ? Map.of("columns", List.of(), "rows", List.of()) : all.getLast();
    }
}
