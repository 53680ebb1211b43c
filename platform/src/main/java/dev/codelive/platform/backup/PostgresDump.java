package dev.codelive.platform.backup;

import dev.codelive.platform.config.ServerConfig.DatabaseSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Our schema of a PostgreSQL database through {@code pg_dump} / {@code pg_restore} (custom format), which capture
 * everything the migrations made (tables, sequences, functions, triggers, policies) exactly, in one snapshot.
 *
 * <p>The client tools must be installed and at least as new as the server ({@code postgresql-client-N}). The password
 * reaches them through {@code PGPASSWORD} in their environment, never on a command line.
 */
final class PostgresDump implements DatabaseDump {
    /** The schema itself (and its comment) is created by us before the load, so that an existing empty one is reused. */
    private static final Pattern SCHEMA_ENTRY = Pattern.compile("^\\d+; \\d+ \\d+ (SCHEMA - |COMMENT - SCHEMA ).*");
    private static final int MAX_ERROR_CHARS = 4000;

    private final DatabaseSettings settings;
    private final Jdbi jdbi;

    PostgresDump(DatabaseSettings settings, Jdbi jdbi) {
        this.settings = settings;
        this.jdbi = jdbi;
    }

    @Override
    public String entryName() {
        return BackupManifest.DATABASE_PREFIX + "postgresql.dump";
    }

    @Override
    public void export(Path file) {
        List<String> command = new ArrayList<>(List.of("pg_dump", "--format=custom", "--schema=" + settings.schema(),
                "--no-owner", "--no-privileges", "--file=" + file));
        command.addAll(connectionArguments());
        run(command, "pg_dump");
    }

    @Override
    public void restore(Path file, Path workDir) {
        jdbi.useHandle(handle -> handle.execute("CREATE SCHEMA IF NOT EXISTS " + settings.schema()));
        List<String> listCommand = new ArrayList<>(List.of("pg_restore", "--list", file.toString()));
        List<String> toc = run(listCommand, "pg_restore --list").lines()
                .filter(line -> !SCHEMA_ENTRY.matcher(line).matches())
                .toList();
        Path tocFile = workDir.resolve("restore.list");
        try {
            Files.write(tocFile, toc);
        } catch (IOException e) {
            throw new BackupException("cannot write " + tocFile + ": " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>(List.of("pg_restore", "--use-list=" + tocFile, "--no-owner", "--no-privileges",
                "--exit-on-error", "--single-transaction"));
        command.addAll(connectionArguments());
        command.add(file.toString());
        run(command, "pg_restore");
    }

    @Override
    public int tableCount() {
        return jdbi.withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = :schema")
                .bind("schema", settings.schema()).mapTo(Integer.class).one());
    }

    @Override
    public void wipe() {
        jdbi.useHandle(handle -> {
            handle.execute("DROP SCHEMA IF EXISTS " + settings.schema() + " CASCADE");
            handle.execute("CREATE SCHEMA " + settings.schema());
        });
    }

    /** Host, port, user and database from the JDBC URL; libpq reads the rest (SSL) from the environment. */
    private List<String> connectionArguments() {
        URI uri = URI.create(settings.url().jdbcUrl().substring("jdbc:".length()));
        List<String> arguments = new ArrayList<>(List.of("--host=" + uri.getHost(), "--port=" + uri.getPort(),
                "--dbname=" + uri.getPath().substring(1)));
        if (!settings.url().user().isEmpty()) {
            arguments.add("--username=" + settings.url().user());
        }
        arguments.add("--no-password");
        return arguments;
    }

    private Map<String, String> environment() {
        URI uri = URI.create(settings.url().jdbcUrl().substring("jdbc:".length()));
        String query = uri.getQuery() == null ? "" : uri.getQuery();
        String sslMode = "prefer";
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("sslmode=")) {
                sslMode = parameter.substring("sslmode=".length());
            }
        }
        return Map.of("PGPASSWORD", settings.url().password(), "PGSSLMODE", sslMode, "PGCONNECT_TIMEOUT", "10");
    }

    /** Runs a client tool, returning its standard output; its standard error becomes the message when it fails. */
    private String run(List<String> command, String what) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new BackupException(command.getFirst() + " could not be started (" + e.getMessage() + "); install the PostgreSQL "
                    + "client tools of the server's major version (Debian: postgresql-client)", e);
        }
        try {
            process.getOutputStream().close();
            // Standard error is drained on its own thread so that neither pipe can fill up and stall the tool.
            StringBuilder errors = new StringBuilder();
            Thread errorReader = Thread.ofVirtual().start(() -> errors.append(readCapped(process.getErrorStream())));
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            errorReader.join();
            if (exit != 0) {
                throw new BackupException(what + " failed with exit code " + exit + ": " + errors.toString().strip());
            }
            return output;
        } catch (IOException e) {
            throw new BackupException(what + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(what + " was interrupted", e);
        } finally {
            process.destroy();
        }
    }

    private static String readCapped(InputStream in) {
        try {
            byte[] bytes = in.readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.length() > MAX_ERROR_CHARS ? text.substring(0, MAX_ERROR_CHARS) + "…" : text;
        } catch (IOException e) {
            return "(standard error unreadable: " + e.getMessage() + ")";
        }
    }
}
