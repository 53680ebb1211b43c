package dev.codelive.exec.language;

import java.util.List;
import java.util.Map;

/**
 * A command to run inside the sandbox.
 *
 * @param argv the command line
 * @param environment its whole environment
 * @param addressSpaceLimited whether RLIMIT_AS may stand in for a memory cgroup (not for runtimes that reserve
 *     address space they never touch)
 */
public record Command(List<String> argv, Map<String, String> environment, boolean addressSpaceLimited) {
    public Command {
        argv = List.copyOf(argv);
        environment = Map.copyOf(environment);
    }
}
