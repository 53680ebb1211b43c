package dev.codelive.exec.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Starts programs in bubblewrap with the limits of their request. Where the server runs as root, each run takes
 * a host uid of its own ({@code hostUid}), so that its rlimits count only its own processes and nothing it does
 * has root's rights even outside its namespaces.
 */
public final class Sandbox {
    private static final String LAUNCH_PATH = "/usr/sbin:/usr/bin:/sbin:/bin";
    private final Path bubblewrap;
    private final ResourceGroups groups;
    private final boolean switchesUid;

    Sandbox(Path bubblewrap, ResourceGroups groups, boolean switchesUid) {
        this.bubblewrap = bubblewrap;
        this.groups = groups;
        this.switchesUid = switchesUid;
    }

    /** The sandbox of this host: cgroups where we may create them, per-run uids when we are root. */
    public static Sandbox onThisHost(Path bubblewrap, Optional<Path> cgroupParent) {
        return new Sandbox(bubblewrap, HostCgroups.detect(cgroupParent), ProcessHandle.current().info().user()
                .map("root"::equals).orElse(false));
    }

    /** The same sandbox without cgroups, as on a host that has none: rlimits only. */
    public Sandbox withoutCgroups() {
        return new Sandbox(bubblewrap, ResourceGroups.NONE, switchesUid);
    }

    /** Why runs cannot be limited here, if they cannot: without a cgroup or a uid of its own, nothing caps processes. */
    public Optional<String> unenforceable() {
        if (!switchesUid && groups == ResourceGroups.NONE) {
            return Optional.of("the process count of a run cannot be capped: run the server as root (each run then gets a uid "
                    + "of its own) or give it a cgroup to create run groups in (EXEC_CGROUP_PARENT)");
        }
        return Optional.empty();
    }

    /** What enforces memory and process limits: "cgroup v1", "cgroup v2" or "rlimits". */
    public String enforcement() {
        return groups.describe();
    }

    public boolean switchesUid() {
        return switchesUid;
    }

    /**
     * Starts {@code request}. {@code hostUid} is the run's own uid, used when the server may switch to it; runs at
     * the same time must have different ones.
     */
    public SandboxedProcess start(SandboxRequest request, int hostUid) {
        unenforceable().ifPresent(reason -> {
            throw new SandboxUnavailableException(reason);
        });
        ResourceLimits limits = request.limits();
        Optional<ResourceGroup> group = groups.create("run-" + UUID.randomUUID(), limits);
        List<String> argv = LaunchCommand.of(group.map(ResourceGroup::joinFiles).orElse(List.of()),
                switchesUid ? OptionalInt.of(hostUid) : OptionalInt.empty(), limits, group.isEmpty() && request.addressSpaceLimited(),
                BubblewrapCommand.of(bubblewrap, request));
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(argv);
            // bubblewrap's own processes (the namespace's init among them) are visible inside in /proc/1/environ:
            // they must not carry the server's environment, which holds its secrets.
            builder.environment().clear();
            builder.environment().put("PATH", LAUNCH_PATH);
            process = builder.start();
        } catch (IOException e) {
            group.ifPresent(ResourceGroup::close);
            throw new SandboxUnavailableException("cannot start bubblewrap: " + e.getMessage());
        }
        SandboxedProcess run = new SandboxedProcess(process, group, limits, switchesUid ? OptionalInt.of(hostUid) : OptionalInt.empty());
        run.feed(request.stdin());
        return run;
    }
}
