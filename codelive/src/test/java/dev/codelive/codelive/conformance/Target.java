package dev.codelive.codelive.conformance;

import dev.codelive.codelive.knobs.SqlDialect;
import java.util.Arrays;

/** Where a rendered program runs: one per backend with a toolchain on this machine, one per SQL dialect. */
public enum Target {
    RUST("rust", null),
    TYPESCRIPT("ts", null),
    GO("go", null),
    CSHARP("csharp", null),
    SQLITE("sql", SqlDialect.SQLITE),
    POSTGRES("sql", SqlDialect.POSTGRES);

    private final String backend;
    private final SqlDialect dialect;

    Target(String backend, SqlDialect dialect) {
        this.backend = backend;
        this.dialect = dialect;
    }

    /** The backend's name in the render API. */
    public String backend() {
        return backend;
    }

    /**
     * The target of a rendering: {@code dialect} only matters for {@code sql}. Julia has no target: see
     * {@link JuliaSyntax}.
     */
    public static Target of(String backend, SqlDialect dialect) {
        return Arrays.stream(values()).filter(target -> target.backend.equals(backend)
                        && (target.dialect == null || target.dialect == dialect)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no toolchain runs backend " + backend
                        + ("julia".equals(backend) ? " on this machine (check it with JuliaSyntax)" : "")));
    }
}
