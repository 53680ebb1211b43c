package dev.codelive.exec.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Run groups on the legacy hierarchies: one group in {@code memory} and one in {@code pids}, both under a parent
 * named {@code codelive-exec}.
 */
final class CgroupV1 implements ResourceGroups {
    private final Path memoryParent;
    private final Path pidsParent;

    private CgroupV1(Path memoryParent, Path pidsParent) {
        this.memoryParent = memoryParent;
        this.pidsParent = pidsParent;
    }

    /** Present when both hierarchies are mounted under {@code root} and we may create groups in them. */
    static Optional<ResourceGroups> detect(Path root, String parentName) {
        Path memory = root.resolve("memory");
        Path pids = root.resolve("pids");
        if (!Files.isRegularFile(memory.resolve("memory.limit_in_bytes")) || !Files.isRegularFile(pids.resolve("cgroup.procs"))) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(memory.resolve(parentName));
            Files.createDirectories(pids.resolve(parentName));
        } catch (Exception e) {
            return Optional.empty();
        }
        return Optional.of(new CgroupV1(memory.resolve(parentName), pids.resolve(parentName)));
    }

    @Override
    public Optional<ResourceGroup> create(String name, ResourceLimits limits) {
        Path memory = memoryParent.resolve(name);
        Path pids = pidsParent.resolve(name);
        try {
            Files.createDirectory(memory);
            Files.createDirectory(pids);
            CgroupFiles.write(memory.resolve("memory.limit_in_bytes"), Long.toString(limits.memoryBytes()));
            Path swap = memory.resolve("memory.memsw.limit_in_bytes");
            if (Files.exists(swap)) {
                // Memory plus swap at the same figure: the tree cannot page out past its limit.
                CgroupFiles.write(swap, Long.toString(limits.memoryBytes()));
            }
            CgroupFiles.write(pids.resolve("pids.max"), Integer.toString(limits.processes()));
        } catch (Exception e) {
            CgroupFiles.remove(memory);
            CgroupFiles.remove(pids);
            throw new IllegalStateException("cannot create the run's cgroups: " + e.getMessage(), e);
        }
        return Optional.of(new Group(memory, pids));
    }

    @Override
    public String describe() {
        return "cgroup v1";
    }

    private record Group(Path memory, Path pids) implements ResourceGroup {
        @Override
        public List<Path> joinFiles() {
            return List.of(memory.resolve("cgroup.procs"), pids.resolve("cgroup.procs"));
        }

        @Override
        public OptionalLong peakMemoryBytes() {
            return CgroupFiles.readLong(memory.resolve("memory.max_usage_in_bytes"));
        }

        @Override
        public boolean outOfMemory() {
            return CgroupFiles.keyed(memory.resolve("memory.oom_control"), "oom_kill") > 0;
        }

        @Override
        public void killAll() {
            CgroupFiles.killAll(pids.resolve("cgroup.procs"));
            CgroupFiles.killAll(memory.resolve("cgroup.procs"));
        }

        @Override
        public void close() {
            killAll();
            CgroupFiles.remove(memory);
            CgroupFiles.remove(pids);
        }
    }
}
