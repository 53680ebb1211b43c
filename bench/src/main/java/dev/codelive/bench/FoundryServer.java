package dev.codelive.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server jar running as a child process for one bench run, on embedded parts only: a throwaway {@code DATA_DIR}
 * under a temporary directory, a free loopback port, the bench's policy override, {@code LOG_LEVEL=WARN} (an access
 * line per poll would be measured too) and the given {@code SOUNDFONT}. It sees none of the caller's environment but
 * {@code PATH}, {@code HOME} and the locale, so that no database, blob store or hosted music provider configured there
 * changes what is measured. {@link #close} stops it (SIGTERM, then SIGKILL) and deletes its directory; so does a
 * shutdown of the bench's JVM (Ctrl-C).
 */
final class FoundryServer implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration READY_POLL = Duration.ofMillis(200);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final List<String> PASSED_ON = List.of("PATH", "HOME", "LANG", "LC_ALL", "TZ");
    private static final int LOG_TAIL_LINES = 30;

    /**
     * What to start.
     *
     * @param jar the server's jar; a private copy runs, since a build may rewrite the original under a running JVM
     * @param policy the policy file merged over the bundled one ({@code POLICY_FILE})
     * @param soundfont {@code SOUNDFONT}: an .sf2 file, or {@code none} for the built-in synthesizer
     */
    record Launch(Path jar, Path policy, String soundfont) {}

    private final Path directory;
    private final Process process;
    private final URI base;
    private final Thread onShutdown;

    private FoundryServer(Path directory, Process process, URI base) {
        this.directory = directory;
        this.process = process;
        this.base = base;
        this.onShutdown = new Thread(this::stop, "stop-foundry-server");
    }

    /** Starts the server and waits until {@code /ready} answers 200. */
    static FoundryServer start(Launch launch, PrintStream progress) throws IOException, InterruptedException {
        // Others may pass through (not list): the server's sandbox checks that runs' own uids could reach its EXEC_WORK_DIR.
        Path directory = Files.createTempDirectory("codelive-foundry-bench-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")));
        Path jar = Files.copy(launch.jar(), directory.resolve("codelive.jar"));
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-jar", jar.toString(), "serve").directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(directory.resolve("server.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().retainAll(PASSED_ON);
        environment.putAll(Map.of("HOST", "127.0.0.1", "PORT", Integer.toString(port), "DATA_DIR", directory.resolve("data").toString(),
                "EXEC_WORK_DIR", directory.resolve("exec").toString(), "POLICY_FILE", launch.policy().toAbsolutePath().toString(),
                "LOG_LEVEL", "WARN", "SOUNDFONT", launch.soundfont(), "TMPDIR", directory.toString()));
        progress.printf("[bench] starting the server (SOUNDFONT=%s) on port %d in %s%n", launch.soundfont(), port, directory);
        FoundryServer server = new FoundryServer(directory, builder.start(), URI.create("http://127.0.0.1:" + port + "/"));
        Runtime.getRuntime().addShutdownHook(server.onShutdown);
        try {
            server.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    URI base() {
        return base;
    }

    /** The server's process, so that its CPU time does not count as other processes' load. */
    long pid() {
        return process.pid();
    }

    /** Fails, with the end of the server's log, when the server has exited. */
    void checkAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the server exited with status " + process.exitValue() + "; the end of its log:\n" + logTail());
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: it stopped the server.
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/ready")).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            checkAlive();
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Still starting.
            }
            Thread.sleep(READY_POLL);
        }
        throw new IllegalStateException("the server was not ready after " + READY_TIMEOUT.toSeconds() + " s; the end of its log:\n" + logTail());
    }

    /** Lets the server drain and stop, kills it if it does not, and deletes its directory. */
    private synchronized void stop() {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Directories.deleteRecursively(directory);
        } catch (UncheckedIOException e) {
            System.err.println("[bench] " + e.getMessage() + ": " + e.getCause().getMessage());
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("server.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The JVM running the bench: the server runs on the same one. */
    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** A port nothing listens on now; another process could take it before the server does, which then fails to start. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
