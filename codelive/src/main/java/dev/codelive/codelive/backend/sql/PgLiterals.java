package dev.codelive.codelive.backend.sql;

import dev.codelive.codelive.syntax.Span;
import java.math.BigInteger;

/** PostgreSQL literals for the snippet's constants. */
final class PgLiterals {
    private PgLiterals() {}

    /** A text literal: plain {@code '...'} when it can be, else an escape string {@code E'...'}. */
    static String string(String value, Span where) {
        if (value.indexOf('\0') >= 0) {
            throw Refusals.refuse("strings holding NUL characters (PostgreSQL text cannot)", where);
        }
        boolean plain = value.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f && c != '\\');
        if (plain) {
            return "'" + value.replace("'", "''") + "'";
        }
        StringBuilder out = new StringBuilder("E'");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('\'').toString();
    }

    static Sql integer(BigInteger value) {
        return value.signum() < 0 ? new Sql(value.toString(), Sql.UNARY) : Sql.atom(value.toString());
    }

    /** A float8 constant, exactly the double (Java prints the shortest digits that read back as it). */
    static Sql floating(double value) {
        if (Double.isNaN(value)) {
            return Sql.atom("'NaN'::float8");
        }
        if (Double.isInfinite(value)) {
            return Sql.atom(value > 0 ? "'Infinity'::float8" : "'-Infinity'::float8");
        }
        if (value == 0 && 1 / value < 0) {
            return Sql.atom("'-0'::float8");
        }
        String digits = Double.toString(Math.abs(value)).replace("E", "e");
        Sql literal = Sql.atom(digits + "::float8");
        return value < 0 ? new Sql("-" + literal.text(), Sql.UNARY) : literal;
    }
}
