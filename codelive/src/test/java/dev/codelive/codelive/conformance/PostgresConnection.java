package dev.codelive.codelive.conformance;

/**
 * The PostgreSQL server SQL programs run on, as a libpq URL: {@code POSTGRES_TEST_URL} (the platform tests' variable)
 * or the local server with trust auth and its {@code test} database.
 */
public record PostgresConnection(String url) {
    static final String VARIABLE = "POSTGRES_TEST_URL";

    public static PostgresConnection local() {
        String configured = System.getenv(VARIABLE);
        return new PostgresConnection(configured == null || configured.isBlank()
                ? "postgresql://postgres@127.0.0.1:5432/test" : configured);
    }
}
