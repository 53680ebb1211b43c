package dev.codelive.exec.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the cgroups this host lets us use for runs: the unified hierarchy, else the legacy one, else none. */
public final class HostCgroups {
    private static final Path ROOT = Path.of("/sys/fs/cgroup");
    private static final String PARENT = "codelive-exec";

    private HostCgroups() {}

    /**
     * @param v2Parent a delegated cgroup v2 group to create run groups under; else one below the hierarchy's root
     */
    static ResourceGroups detect(Optional<Path> v2Parent) {
        if (Files.isRegularFile(ROOT.resolve("cgroup.controllers"))) {
            return CgroupV2.detect(v2Parent.orElse(ROOT.resolve(PARENT))).orElse(ResourceGroups.NONE);
        }
        return CgroupV1.detect(ROOT, PARENT).orElse(ResourceGroups.NONE);
    }
}
