package dev.codelive.codelive.conformance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Which targets this machine can run, with their versions, detected once per test JVM. A missing toolchain skips the
 * tests that need it with a loud notice, and fails them under {@code CI=true}, where {@code scripts/test.sh} must have
 * installed everything.
 */
public final class Toolchains {
    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(60);
    private static final int OLDEST_NODE = 18;

    /** Detected on first use. */
    private static final class Local {
        static final Toolchains VALUE = detect(ToolLocator.local(), RunnerSettings.defaults());
    }

    /** A target's toolchain is here (with its version lines) or not (and why). */
    public sealed interface Availability {
        /** Usable; {@code version} is every version line, joined with "; ". */
        record Available(String version) implements Availability {}

        /** Not usable, for a reason a person can act on. */
        record Missing(String reason) implements Availability {}
    }

    private final Map<Target, Availability> availability;

    private Toolchains(Map<Target, Availability> availability) {
        this.availability = Map.copyOf(availability);
    }

    /** This machine's toolchains. */
    public static Toolchains local() {
        return Local.VALUE;
    }

    static Toolchains detect(ToolLocator tools, RunnerSettings settings) {
        Processes processes = new Processes(64 * 1024);
        Map<Target, CompletableFuture<Availability>> pending = new EnumMap<>(Target.class);
        for (Target target : Target.values()) {
            pending.put(target, CompletableFuture.supplyAsync(() -> detect(target, tools, settings, processes)));
        }
        Map<Target, Availability> detected = new EnumMap<>(Target.class);
        pending.forEach((target, future) -> detected.put(target, future.join()));
        return new Toolchains(detected);
    }

    private static Availability detect(Target target, ToolLocator tools, RunnerSettings settings,
            Processes processes) {
        Toolchain toolchain;
        try {
            toolchain = Toolchain.of(target, tools, settings.cacheDirectory(), settings.postgres());
        } catch (ToolLocator.MissingToolException e) {
            return new Availability.Missing(e.getMessage());
        }
        List<String> lines = new ArrayList<>();
        for (List<String> command : toolchain.versionCommands()) {
            Processes.Completed completed = processes.run(command, Path.of(System.getProperty("java.io.tmpdir")),
                    Map.of(), "", VERSION_TIMEOUT);
            String first = completed.output().lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
            if (!completed.succeeded()) {
                return new Availability.Missing(String.join(" ", command) + " failed: " + first);
            }
            lines.add(first);
        }
        String version = String.join("; ", lines);
        if (target == Target.TYPESCRIPT) {
            Matcher node = Pattern.compile("; v(\\d+)\\.").matcher(version);
            if (node.find() && Integer.parseInt(node.group(1)) < OLDEST_NODE) {
                return new Availability.Missing("node " + node.group(1) + " is older than the backend's Node "
                        + OLDEST_NODE);
            }
        }
        return new Availability.Available(version);
    }

    public Availability availability(Target target) {
        return availability.get(target);
    }

    /** The version lines of an available toolchain. */
    public String version(Target target) {
        if (availability.get(target) instanceof Availability.Available available) {
            return available.version();
        }
        throw new IllegalStateException(target + " has no toolchain: " + ((Availability.Missing) availability
                .get(target)).reason());
    }

    /** One line per target: its version, or why it is missing. */
    public String report() {
        StringBuilder text = new StringBuilder();
        for (Target target : Target.values()) {
            text.append(String.format("%-10s ", target)).append(switch (availability.get(target)) {
                case Availability.Available available -> available.version();
                case Availability.Missing missing -> "MISSING: " + missing.reason();
            }).append('\n');
        }
        return text.toString();
    }

    /** Skips the calling test when the target's toolchain is missing (loudly), or fails it under {@code CI=true}. */
    public static void require(Target target) {
        if (local().availability(target) instanceof Availability.Missing missing) {
            String message = "the " + target + " toolchain is missing: " + missing.reason();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true: " + message + "; scripts/test.sh installs it, and CI must"
                        + " never skip");
            }
            System.err.println("\n!!! SKIPPED: " + message + " !!!\n");
            Assumptions.abort(message);
        }
    }
}
