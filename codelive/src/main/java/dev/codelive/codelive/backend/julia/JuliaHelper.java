package dev.codelive.codelive.backend.julia;

import java.util.List;

/**
 * The helper functions a Julia program may need, each kept as a resource next to this class ({@code <name>.jl}) and emitted only
 * when the program uses it, after those it calls.
 */
enum JuliaHelper {
    FLOAT("pyfloat"),
    REPR("pyrepr"),
    REPR_FLOAT("pyrepr_float", REPR, FLOAT),
    REPR_STR("pyrepr_str", REPR),
    INDEX("pyindex"),
    CHAR("pychar"),
    CHARS("pychars"),
    SLICE("pyslice"),
    TRUEDIV("pytruediv"),
    FLOAT_DIVISION("pyfloatdiv"),
    ROUND("pyround"),
    FORMAT("pyformat", FLOAT),
    INSERT("pyinsert"),
    FIND("pyfind"),
    CASE("pycase"),
    TITLE("pytitle"),
    CHUNK("pychunk"),
    PARALLEL("pyparallel", CHUNK),
    EXTREME("pyextreme");

    private final String file;
    private final List<JuliaHelper> requires;

    JuliaHelper(String file, JuliaHelper... requires) {
        this.file = file;
        this.requires = List.of(requires);
    }

    String resource() {
        return file + ".jl";
    }

    List<JuliaHelper> requires() {
        return requires;
    }

    /** Whether the helper formats with the Printf standard library. */
    boolean needsPrintf() {
        return this == FORMAT;
    }
}
