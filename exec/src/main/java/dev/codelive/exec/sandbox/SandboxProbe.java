package dev.codelive.exec.sandbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proves the sandbox works on this host by running a program in it that checks its own confinement. Until it
 * passes, no code runs: there is no unsandboxed fallback.
 */
public final class SandboxProbe {
    /** Small limits: the probe runs a shell script and nothing else. */
    private static final ResourceLimits LIMITS = new ResourceLimits(Duration.ofSeconds(10), Duration.ofSeconds(10), 64L << 20, 16,
            1 << 20, 64, 1 << 20, 4096, 4096);
    /** Prints the sandbox's uid and whether the network and root are out of reach. */
    private static final String CHECK = "id -u; if touch /probe 2>/dev/null; then echo root-writable; fi; "
            + "for e in /proc/[0-9]*/environ; do tr '\\0' '\\n' < $e 2>/dev/null | grep -v -e '^PATH=' -e '^PWD=' -e '^$' | grep -q . && echo environment-visible; done; "
            + "echo done";

    private SandboxProbe() {}

    /** Empty when the sandbox works; else why not, in words for an operator. */
    public static Optional<String> check(Sandbox sandbox, Path bubblewrap, int hostUid) {
        if (!Files.isExecutable(bubblewrap)) {
            return Optional.of("bubblewrap is not installed (" + bubblewrap + "; Debian package bubblewrap): code execution is off");
        }
        Optional<String> unenforceable = sandbox.unenforceable();
        if (unenforceable.isPresent()) {
            return unenforceable;
        }
        try {
            SandboxResult result = sandbox.start(new SandboxRequest(List.of("/bin/sh", "-c", CHECK), Map.of("PATH", "/usr/bin:/bin"),
                    List.of(), new byte[0], LIMITS, true), hostUid).await();
            String out = new String(result.stdout(), StandardCharsets.UTF_8).strip();
            if (!result.succeeded() || !out.endsWith("done")) {
                return Optional.of("a test program in bubblewrap failed (" + result.ending() + ", exit " + result.exitCode() + "): "
                        + new String(result.stderr(), StandardCharsets.UTF_8).strip());
            }
            if (out.contains("root-writable") || out.contains("environment-visible")) {
                return Optional.of("the sandbox is not confined as it must be: " + out.replace('\n', ' '));
            }
            return Optional.empty();
        } catch (SandboxUnavailableException e) {
            return Optional.of(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while testing the sandbox");
        } catch (RuntimeException e) {
            return Optional.of("testing the sandbox failed: " + e.getMessage());
        }
    }
}
