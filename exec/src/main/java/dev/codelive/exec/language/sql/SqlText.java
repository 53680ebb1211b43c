package dev.codelive.exec.language.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders an outcome as a terminal would show it, in psql's aligned format: centred headers, numbers aligned right,
 * a cell's further lines marked with {@code +}, and a footer with the row count. This text is the run's stdout; the
 * error, in the sqlite3 shell's words, its stderr.
 */
public final class SqlText {
    private SqlText() {}

    /** Every result in order, a blank line between them; nothing for commands that changed no rows. */
    public static String stdout(SqlOutcome outcome) {
        List<String> blocks = new ArrayList<>();
        for (SqlResultSet result : outcome.results()) {
            if (result.query()) {
                blocks.add(table(result));
            } else if (result.changes() > 0) {
                blocks.add("(" + count(result.changes(), "row") + " changed)\n");
            }
        }
        return String.join("\n", blocks);
    }

    /** {@code Error: near line L: message}, or nothing when every statement ran. */
    public static String stderr(SqlOutcome outcome) {
        return outcome.error().map(error -> "Error: near line " + error.line() + ": " + error.message() + "\n").orElse("");
    }

    static String table(SqlResultSet result) {
        int columns = result.columns().size();
        List<String> headers = result.columns().stream().map(name -> name.replaceAll("[\r\n]+", " ")).toList();
        List<List<List<String>>> cells = result.rows().stream()
                .map(row -> row.stream().map(value -> lines(value.text())).toList())
                .toList();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = DisplayWidth.of(headers.get(c));
            for (List<List<String>> row : cells) {
                for (String line : row.get(c)) {
                    widths[c] = Math.max(widths[c], DisplayWidth.of(line));
                }
            }
        }

        StringBuilder text = new StringBuilder();
        List<String> segments = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            segments.add(" " + centred(headers.get(c), widths[c]) + " ");
        }
        line(text, String.join("|", segments));
        segments.clear();
        for (int width : widths) {
            segments.add("-".repeat(width + 2));
        }
        line(text, String.join("+", segments));
        for (int r = 0; r < cells.size(); r++) {
            List<List<String>> row = cells.get(r);
            int height = row.stream().mapToInt(List::size).max().orElse(1);
            for (int k = 0; k < height; k++) {
                segments.clear();
                for (int c = 0; c < columns; c++) {
                    List<String> cell = row.get(c);
                    String content = k < cell.size() ? cell.get(k) : "";
                    boolean right = result.rows().get(r).get(c).numeric();
                    String marker = k < cell.size() - 1 ? "+" : " ";
                    segments.add(" " + padded(content, widths[c], right) + marker);
                }
                line(text, String.join("|", segments));
            }
        }
        int shown = result.rows().size();
        text.append(result.truncated() ? "(truncated at " + count(shown, "row") + ")" : "(" + count(shown, "row") + ")")
                .append('\n');
        return text.toString();
    }

    private static List<String> lines(String value) {
        return List.of(value.replace("\r\n", "\n").split("\n", -1));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String centred(String text, int width) {
        int space = width - DisplayWidth.of(text);
        return " ".repeat(space / 2) + text + " ".repeat(space - space / 2);
    }

    private static String padded(String text, int width, boolean right) {
        String space = " ".repeat(width - DisplayWidth.of(text));
        return right ? space + text : text + space;
    }

    /** Trailing spaces carry nothing and make copied output awkward: psql's, unlike ours, keep some. */
    private static void line(StringBuilder text, String line) {
        text.append(line.stripTrailing()).append('\n');
    }
}
