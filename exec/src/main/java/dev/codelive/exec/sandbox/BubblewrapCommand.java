package dev.codelive.exec.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bubblewrap command line for one run: new user, PID, network, IPC, UTS and cgroup namespaces; a read-only root
 * holding {@code /usr}, a few files of {@code /etc} and the request's binds; a private size-capped {@code /tmp} as
 * the only writable places (with {@code /dev/shm}, capped alike); no environment but the request's; a new session; and death with the server.
 */
final class BubblewrapCommand {
    /** The sandbox's own user and group id: not root, and not the server's uid seen from inside. */
    static final int SANDBOX_ID = 1000;
    /** Top-level directories that merged-/usr hosts have as symlinks into /usr, others as directories. */
    private static final List<String> SYSTEM_DIRECTORIES = List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");
    /**
     * What of /etc runtimes need: the loader cache, alternatives (Debian's names for node, python3…) and Mono's
     * config. Never passwd, shadow or the host's name service configuration.
     */
    private static final List<String> ETC = List.of("/etc/ld.so.cache", "/etc/alternatives", "/etc/mono", "/etc/localtime");

    private BubblewrapCommand() {}

    static List<String> of(Path bwrap, SandboxRequest request) {
        List<String> argv = new ArrayList<>(List.of(bwrap.toString(),
                "--unshare-user", "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
                // A run may not make namespaces of its own, where it would be root again.
                "--disable-userns",
                "--uid", Integer.toString(SANDBOX_ID), "--gid", Integer.toString(SANDBOX_ID), "--hostname", "sandbox",
                // The program is the namespace's PID 1, the child bubblewrap waits for. With bubblewrap's own init in
                // between, that init outlives bubblewrap as a zombie for the host's PID 1 to reap, and zombies count
                // against the run uid's process limit (runs back to back failed with "Can't fork" on this host).
                "--as-pid-1",
                "--die-with-parent", "--new-session", "--clearenv",
                "--ro-bind", "/usr", "/usr"));
        for (String directory : SYSTEM_DIRECTORIES) {
            Path host = Path.of(directory);
            if (Files.isSymbolicLink(host)) {
                argv.addAll(List.of("--symlink", readLink(host), directory));
            } else if (Files.isDirectory(host)) {
                argv.addAll(List.of("--ro-bind", directory, directory));
            }
        }
        for (String file : ETC) {
            argv.addAll(List.of("--ro-bind-try", file, file));
        }
        String tmpSize = Long.toString(request.limits().tmpBytes());
        argv.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
        // POSIX shared memory (Python's multiprocessing locks) needs a writable /dev/shm: a second capped tmpfs.
        argv.addAll(List.of("--size", tmpSize, "--perms", "1777", "--tmpfs", "/dev/shm"));
        argv.addAll(List.of("--size", tmpSize, "--perms", "1777", "--tmpfs", "/tmp"));
        for (Bind bind : request.binds()) {
            argv.addAll(List.of("--ro-bind", bind.source().toString(), bind.target()));
        }
        // Everything above is mounted; from here the root and /dev are read-only, so only /tmp and /dev/shm take writes.
        argv.addAll(List.of("--remount-ro", "/dev", "--remount-ro", "/", "--chdir", "/tmp"));
        for (Map.Entry<String, String> variable : new TreeMap<>(request.environment()).entrySet()) {
            argv.addAll(List.of("--setenv", variable.getKey(), variable.getValue()));
        }
        argv.add("--");
        argv.addAll(request.argv());
        return argv;
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
