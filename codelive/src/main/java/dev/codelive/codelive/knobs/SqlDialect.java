package dev.codelive.codelive.knobs;

/** The SQL backend's target; its output is one script whose text output matches CPython's. */
public enum SqlDialect {
    /** Run with {@code sqlite3 -batch -noheader}. */
    SQLITE("sqlite"),
    /** Run with {@code psql -At}. */
    POSTGRES("postgres");

    private final String knob;

    SqlDialect(String knob) {
        this.knob = knob;
    }

    public String knob() {
        return knob;
    }
}
