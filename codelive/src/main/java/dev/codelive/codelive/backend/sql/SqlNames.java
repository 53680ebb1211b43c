package dev.codelive.codelive.backend.sql;

import dev.codelive.codelive.backend.support.Identifiers;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Variable;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SQL identifiers for the snippet's names, and fresh names for the script's own temporaries that can never collide
 * with them. A Python name stays as it is when SQL would read it the same way; otherwise (capitals, keywords) it is
 * quoted.
 */
final class SqlNames {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    /** SQL and PL/pgSQL key words a variable or column may not be called without quotes, and the type names. */
    private static final Set<String> KEYWORDS = Set.of("all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast", "check",
            "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role", "current_time",
            "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except",
            "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into",
            "lateral", "leading", "limit", "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or",
            "order", "placing", "primary", "references", "returning", "select", "session_user", "some", "symmetric",
            "table", "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "when", "where",
            "window", "with", "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze",
            "full", "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
            "right", "similar", "tablesample", "verbose", "between", "bigint", "bit", "boolean", "char", "character",
            "coalesce", "dec", "decimal", "exists", "extract", "float", "greatest", "grouping", "inout", "int", "integer",
            "interval", "least", "national", "nchar", "none", "normalize", "nullif", "numeric", "out", "overlay",
            "position", "precision", "real", "row", "setof", "smallint", "substring", "time", "timestamp", "treat", "trim",
            "values", "varchar", "xmlattributes", "begin", "by", "close", "continue", "declare", "elsif", "elseif",
            "exception", "exit", "foreach", "get", "if", "loop", "next", "open", "perform", "raise", "return", "reverse",
            "slice", "strict", "while", "alias", "constant", "diagnostics", "record", "assert", "text", "key", "index",
            "abort", "action", "replace", "glob", "regexp", "match", "escape", "rowid", "temp", "temporary", "view",
            "trigger", "over", "filter", "partition", "range", "rows", "groups", "nulls", "first", "last", "savepoint",
            "release", "rollback", "commit", "transaction", "vacuum", "reindex", "pragma", "attach", "detach", "explain",
            "query", "plan", "conflict", "fail", "ignore", "indexed", "recursive", "materialized", "stdout", "out_row",
            "found");

    private final Set<String> taken = new HashSet<>();
    private int counter;

    private SqlNames() {}

    /** The names of every variable and function of the program, so that fresh names avoid them. */
    static SqlNames of(Program program) {
        SqlNames names = new SqlNames();
        Identifiers.pythonNames(program).forEach(name -> names.taken.add(name.toLowerCase(Locale.ROOT)));
        return names;
    }

    /** The identifier of a snippet variable. */
    String of(Variable variable) {
        return identifier(variable.name());
    }

    /** A snippet name as an SQL identifier. */
    static String identifier(String name) {
        return PLAIN.matcher(name).matches() && !KEYWORDS.contains(name) ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A name of the script's own, {@code base} followed by a number, that no snippet name uses. */
    String fresh(String base) {
        String name;
        do {
            name = base + ++counter;
        } while (taken.contains(name));
        taken.add(name);
        return name;
    }

    /** {@code base} itself when no snippet name uses it (nor a keyword), else a numbered variant. */
    String freshOrPlain(String base) {
        if (!taken.contains(base) && !KEYWORDS.contains(base)) {
            taken.add(base);
            return base;
        }
        return fresh(base);
    }
}
