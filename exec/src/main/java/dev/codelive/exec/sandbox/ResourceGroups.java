package dev.codelive.exec.sandbox;

import java.util.Optional;

/** Creates one control group per run, or none where the host gives us no cgroups (then rlimits alone apply). */
interface ResourceGroups {

    /** A new group for a run named {@code name}, with the memory and process limits of {@code limits}. */
    Optional<ResourceGroup> create(String name, ResourceLimits limits);

    /** What enforces the limits here, for the languages endpoint and diagnostics: "cgroup v1", "cgroup v2" or "rlimits". */
    String describe();

    /** No cgroups: every limit is an rlimit. */
    ResourceGroups NONE = new ResourceGroups() {
        @Override
        public Optional<ResourceGroup> create(String name, ResourceLimits limits) {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "rlimits";
        }
    };
}
