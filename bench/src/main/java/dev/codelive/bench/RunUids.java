package dev.codelive.bench;

/**
 * The host uids one caller's runs take: a range of its own, used in turn. Runs at the same time thus never share a
 * uid, as the sandbox requires; and back-to-back runs do not all land on one uid, where they would fail: each run
 * leaves its PID namespace's init (a bubblewrap process) to the machine's pid 1 to reap, and until it does, those
 * zombies count against the uid's process limit (RLIMIT_NPROC, the policy's 64), which a pid 1 that reaps only every
 * few seconds lets fill up. Not thread-safe: one per caller.
 */
final class RunUids {
    /** Uids per caller: more than the runs one caller makes while zombies wait to be reaped. */
    static final int PER_CALLER = 100;

    private final int first;
    private int next;

    /** The range of caller number {@code caller} (from 0), above {@code base}. */
    RunUids(int base, int caller) {
        this.first = base + caller * PER_CALLER;
    }

    int next() {
        int uid = first + next;
        next = (next + 1) % PER_CALLER;
        return uid;
    }
}
