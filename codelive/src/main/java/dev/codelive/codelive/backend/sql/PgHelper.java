package dev.codelive.codelive.backend.sql;

import java.util.List;

/**
 * The PL/pgSQL helper functions a PostgreSQL script may need, each kept as a resource
 * ({@code postgres/<name>.sql}) and created in {@code pg_temp} only when the program uses it. Declared so that
 * every helper comes after those it calls.
 */
enum PgHelper {
    EXACT("py_exact"),
    ROUND_DIGITS("py_round_digits", EXACT),
    FLOAT_REPR("py_float_repr"),
    GROUP("py_group"),
    FLOAT_DIGITS("py_float_digits", ROUND_DIGITS),
    FLOAT_FORMAT("py_float_format", FLOAT_REPR, FLOAT_DIGITS, GROUP),
    ROUND_FLOAT("py_round_float", ROUND_DIGITS),
    STR_REPR("py_str_repr"),
    FLOORDIV("py_floordiv"),
    MOD("py_mod"),
    POW("py_pow"),
    TRUEDIV("py_truediv"),
    FLOAT_FLOORDIV("py_float_floordiv", EXACT),
    FLOAT_MOD("py_float_mod", EXACT),
    ISQRT("py_isqrt"),
    INDEX("py_index"),
    SLICE_POSITIONS("py_slice_positions"),
    SLICE("py_slice", SLICE_POSITIONS),
    SLICE_TEXT("py_slice_text", SLICE_POSITIONS),
    LIST_REPEAT("py_list_repeat"),
    INSERT("py_insert"),
    WITHOUT("py_without"),
    LAYOUT("py_layout"),
    INT_DIGITS("py_int_digits"),
    INT_FORMAT("py_int_format", INT_DIGITS, GROUP),
    SPLIT("py_split"),
    SPLIT_ON("py_split_on");

    private final String function;
    private final List<PgHelper> requires;

    PgHelper(String function, PgHelper... requires) {
        this.function = function;
        this.requires = List.of(requires);
    }

    /** The function's name, qualified as every call must be: {@code pg_temp.py_mod}. */
    String call() {
        return "pg_temp." + function;
    }

    String resource() {
        return "postgres/" + function + ".sql";
    }

    List<PgHelper> requires() {
        return requires;
    }
}
