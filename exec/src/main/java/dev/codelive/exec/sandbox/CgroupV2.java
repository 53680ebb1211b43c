package dev.codelive.exec.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Run groups on the unified hierarchy, under a parent that has the {@code memory} and {@code pids} controllers:
 * {@code codelive-exec} below the hierarchy's root, or a delegated group named by {@code EXEC_CGROUP_PARENT}.
 */
final class CgroupV2 implements ResourceGroups {
    private final Path parent;

    private CgroupV2(Path parent) {
        this.parent = parent;
    }

    /** Present when {@code parent} can be made to hand the memory and pids controllers to groups we create. */
    static Optional<ResourceGroups> detect(Path parent) {
        Path hierarchy = parent.getParent();
        if (hierarchy == null || !Files.isRegularFile(hierarchy.resolve("cgroup.controllers"))) {
            return Optional.empty();
        }
        try {
            if (!controllers(hierarchy, "cgroup.subtree_control")) {
                CgroupFiles.write(hierarchy.resolve("cgroup.subtree_control"), "+memory +pids");
            }
            Files.createDirectories(parent);
            if (!controllers(parent, "cgroup.subtree_control")) {
                CgroupFiles.write(parent.resolve("cgroup.subtree_control"), "+memory +pids");
            }
        } catch (Exception e) {
            return Optional.empty();
        }
        return controllers(parent, "cgroup.subtree_control") ? Optional.of(new CgroupV2(parent)) : Optional.empty();
    }

    private static boolean controllers(Path group, String file) {
        try {
            List<String> names = List.of(Files.readString(group.resolve(file)).trim().split("\\s+"));
            return names.contains("memory") && names.contains("pids");
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public Optional<ResourceGroup> create(String name, ResourceLimits limits) {
        Path group = parent.resolve(name);
        try {
            Files.createDirectory(group);
            CgroupFiles.write(group.resolve("memory.max"), Long.toString(limits.memoryBytes()));
            if (Files.exists(group.resolve("memory.swap.max"))) {
                CgroupFiles.write(group.resolve("memory.swap.max"), "0");
            }
            CgroupFiles.write(group.resolve("pids.max"), Integer.toString(limits.processes()));
        } catch (Exception e) {
            CgroupFiles.remove(group);
            throw new IllegalStateException("cannot create the run's cgroup: " + e.getMessage(), e);
        }
        return Optional.of(new Group(group));
    }

    @Override
    public String describe() {
        return "cgroup v2";
    }

    private record Group(Path group) implements ResourceGroup {
        @Override
        public List<Path> joinFiles() {
            return List.of(group.resolve("cgroup.procs"));
        }

        @Override
        public OptionalLong peakMemoryBytes() {
            return CgroupFiles.readLong(group.resolve("memory.peak"));
        }

        @Override
        public boolean outOfMemory() {
            return CgroupFiles.keyed(group.resolve("memory.events"), "oom_kill") > 0;
        }

        @Override
        public void killAll() {
            if (Files.exists(group.resolve("cgroup.kill"))) {
                CgroupFiles.write(group.resolve("cgroup.kill"), "1");
            }
            CgroupFiles.killAll(group.resolve("cgroup.procs"));
        }

        @Override
        public void close() {
            killAll();
            CgroupFiles.remove(group);
        }
    }
}
