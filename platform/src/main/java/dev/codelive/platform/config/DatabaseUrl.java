package dev.codelive.platform.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where the database is, as JDBC needs it. Operators write {@code postgresql://user:pass@host:port/db}; with no URL
 * the embedded H2 database lives under {@code DATA_DIR}.
 *
 * @param vendor which database engine
 * @param jdbcUrl the JDBC URL, without credentials
 * @param user the user, possibly empty
 * @param password the password, possibly empty; never printed
 * @param location host:port/database or the H2 file, safe to log
 */
public record DatabaseUrl(Vendor vendor, String jdbcUrl, String user, String password, String location) {

    /** The database engines the platform runs on. */
    public enum Vendor {
        H2("h2"),
        POSTGRESQL("postgresql");

        private final String folder;

        Vendor(String folder) {
            this.folder = folder;
        }

        /** Name of the vendor-specific migration folder. */
        public String folder() {
            return folder;
        }
    }

    /** The embedded database: an H2 file under {@code dataDir}, speaking PostgreSQL's dialect as far as H2 can. */
    public static DatabaseUrl embedded(Path dataDir) {
        Path file = dataDir.resolve("db").resolve("codelive");
        // WRITE_DELAY=0: a commit reaches the file before it returns. H2's default keeps commits in memory for up to
        // 500 ms, so a kill -9 would lose work the server had already acknowledged (an accepted job, a sign-up).
        String jdbc = "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        return new DatabaseUrl(Vendor.H2, jdbc, "codelive", "", file + ".mv.db");
    }

    /** Parses {@code postgresql://[user[:password]@]host[:port]/database[?param=value…]} (also {@code postgres://}). */
    public static DatabaseUrl parse(String raw) {
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw new ConfigException("DATABASE_URL", "not a valid URL (expected postgresql://user:password@host:port/database)");
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new ConfigException("DATABASE_URL", "expected postgresql://user:password@host:port/database, got scheme '" + uri.getScheme() + "'");
        }
        if (uri.getHost() == null) {
            throw new ConfigException("DATABASE_URL", "has no host");
        }
        String database = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (database.isEmpty() || database.contains("/")) {
            throw new ConfigException("DATABASE_URL", "must name one database after the host, e.g. postgresql://host:5432/codelive");
        }
        int port = uri.getPort() == -1 ? 5432 : uri.getPort();
        String user = "";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String location = uri.getHost() + ":" + port + "/" + decode(database);
        return new DatabaseUrl(Vendor.POSTGRESQL, "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database + query,
                user, password, location);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "DatabaseUrl[" + vendor + " " + location + "]";
    }
}
