package dev.codelive.exec.sandbox;

/** How a sandboxed run ended. */
public enum Ending {
    /** The program exited by itself (with any exit code) or was ended by a signal it caused. */
    EXITED,
    /** The wall clock or the CPU-time limit ran out; the tree was killed. */
    TIMED_OUT,
    /** The memory limit was reached and the kernel killed a process of the tree. */
    MEMORY_LIMIT,
    /** Standard output or error went over its cap; the tree was killed at once. */
    OUTPUT_LIMIT,
    /** Killed from outside: the server is stopping or an admin stopped running executions. */
    KILLED
}
