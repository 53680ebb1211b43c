package dev.codelive.codelive.ir;

/**
 * The builtins a rendered program may call. Keyword arguments are positional here: {@code sorted(xs, reverse)},
 * {@code enumerate(xs, start)}, {@code sum(xs, start)}; an absent optional argument is left out.
 */
public enum Builtin {
    ABS, ALL, ANY, BOOL, CHR, DIVMOD, ENUMERATE, FLOAT, INT, LEN, LIST, MAX, MIN, ORD, POW, REVERSED, ROUND, SORTED, STR, SUM,
    ZIP;

    /** The Python name. */
    public String python() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
