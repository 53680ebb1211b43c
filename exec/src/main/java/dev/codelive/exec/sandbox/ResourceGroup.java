package dev.codelive.exec.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * A control group holding one run's whole process tree: the kernel enforces its memory and process limits, measures
 * its peak memory, and every process in it can be found and killed, even one that left its session.
 */
interface ResourceGroup extends AutoCloseable {

    /** The files a process writes its own pid into to join the group (one per cgroup v1 hierarchy). */
    List<Path> joinFiles();

    /** Peak memory of the tree, where the kernel reports it. */
    OptionalLong peakMemoryBytes();

    /** Whether the kernel killed a process of the group for going over its memory limit. */
    boolean outOfMemory();

    /** Kills every process still in the group and waits until it is empty. */
    void killAll();

    /** Kills what is left and removes the group. */
    @Override
    void close();
}
