package dev.codelive.exec.language.sql;

import java.util.List;

/**
 * What one statement gave back. A statement that returns no columns (CREATE, INSERT, UPDATE…) has no columns and
 * no rows, only {@code changes}.
 *
 * @param statementIndex the statement's place in the script, from 0, empty statements not counted
 * @param line the 1-based line where the statement starts
 * @param columns the column names, in order (names may repeat)
 * @param rows at most the row cap of rows, each as long as {@code columns}
 * @param truncated whether the statement had more rows than the cap
 * @param changes rows the statement itself inserted, updated or deleted (not those its triggers did)
 */
public record SqlResultSet(int statementIndex, int line, List<String> columns, List<List<SqlValue>> rows,
        boolean truncated, long changes) {

    public SqlResultSet {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<SqlValue> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " values under " + columns.size() + " columns");
            }
        }
    }

    /** Whether the statement is a query (it returns columns), rather than a command. */
    public boolean query() {
        return !columns.isEmpty();
    }
}
