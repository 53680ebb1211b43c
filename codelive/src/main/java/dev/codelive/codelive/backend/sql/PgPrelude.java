package dev.codelive.codelive.backend.sql;

import dev.codelive.codelive.ir.Type;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The helper functions one PostgreSQL script uses, created before its code: each Python semantic that PostgreSQL
 * lacks (floor division, float repr, list repr…) is one small, commented function, emitted only when used.
 */
final class PgPrelude {
    private final PgTypes types;
    private final Set<PgHelper> used = EnumSet.noneOf(PgHelper.class);
    /** The element types whose list repr() is needed, by SQL element type. */
    private final Map<String, Type> listReprs = new LinkedHashMap<>();

    PgPrelude(PgTypes types) {
        this.types = types;
    }

    /** Marks the helper (and those it calls) as used and answers its qualified name. */
    String use(PgHelper helper) {
        if (used.add(helper)) {
            helper.requires().forEach(this::use);
        }
        return helper.call();
    }

    /** The helper that writes a list of this element type as Python's str() does. */
    String useListRepr(Type element) {
        listReprs.putIfAbsent(types.sql(element), element);
        switch (element) {
            case Type.Float ignored -> use(PgHelper.FLOAT_REPR);
            case Type.Str ignored -> use(PgHelper.STR_REPR);
            default -> { }
        }
        return "pg_temp.py_list_repr";
    }

    /** The CREATE FUNCTION statements, in dependency order, separated by blank lines. */
    String render() {
        StringBuilder out = new StringBuilder();
        for (PgHelper helper : PgHelper.values()) {
            if (used.contains(helper)) {
                out.append(types.instantiate(load(helper.resource()))).append('\n');
            }
        }
        String template = load("postgres/py_list_repr.sql");
        for (var entry : listReprs.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            out.append(template.replace("{python}", entry.getValue().python() + "s")
                    .replace("{element}", entry.getKey())
                    .replace("{repr}", elementRepr(entry.getValue()))).append('\n');
        }
        return out.toString();
    }

    private static String elementRepr(Type element) {
        return switch (element) {
            case Type.Float ignored -> "pg_temp.py_float_repr(x)";
            case Type.Str ignored -> "pg_temp.py_str_repr(x)";
            case Type.Bool ignored -> "CASE WHEN x THEN 'True' ELSE 'False' END";
            default -> "x::text";
        };
    }

    static String load(String resource) {
        try (InputStream in = PgPrelude.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
