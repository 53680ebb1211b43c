package dev.codelive.exec.sandbox;

import java.util.List;
import java.util.Map;

/**
 * One program to run in a fresh sandbox.
 *
 * @param argv the command, as seen inside the sandbox
 * @param environment the whole environment of the program: nothing of the server's is passed on
 * @param binds host files shown read-only inside (sources, build artefacts, toolchains outside {@code /usr})
 * @param stdin what the program reads on standard input
 * @param limits what it may use
 * @param addressSpaceLimited whether, where no cgroup caps memory, RLIMIT_AS may stand in for it; false for runtimes
 *     that reserve far more address space than they use (Node, Go, Mono), which then cap their heap themselves
 */
public record SandboxRequest(List<String> argv, Map<String, String> environment, List<Bind> binds, byte[] stdin,
        ResourceLimits limits, boolean addressSpaceLimited) {

    public SandboxRequest {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("nothing to run");
        }
        argv = List.copyOf(argv);
        environment = Map.copyOf(environment);
        binds = List.copyOf(binds);
    }
}
