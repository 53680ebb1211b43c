package dev.codelive.exec.api;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The concurrency limit: a fixed number of sandboxes, each with a host uid of its own, and a bounded wait for one.
 * A caller beyond {@code maxWaiting}, or one that waits longer than {@code maxWait}, is turned away (429).
 */
final class ExecutionSlots {
    private final BlockingQueue<Integer> free;
    private final int capacity;
    private final int maxWaiting;
    private final Duration maxWait;
    private final AtomicInteger waiting = new AtomicInteger();

    ExecutionSlots(int capacity, int firstUid, int maxWaiting, Duration maxWait) {
        this.capacity = capacity;
        this.free = new ArrayBlockingQueue<>(capacity);
        for (int slot = 0; slot < capacity; slot++) {
            free.add(firstUid + slot);
        }
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
    }

    /** A free slot's uid; empty when the queue is full or the wait ran out. */
    OptionalInt acquire() throws InterruptedException {
        Integer uid = free.poll();
        if (uid != null) {
            return OptionalInt.of(uid);
        }
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return OptionalInt.empty();
        }
        try {
            uid = free.poll(maxWait.toNanos(), TimeUnit.NANOSECONDS);
            return uid == null ? OptionalInt.empty() : OptionalInt.of(uid);
        } finally {
            waiting.decrementAndGet();
        }
    }

    void release(int uid) {
        free.add(uid);
    }

    int capacity() {
        return capacity;
    }

    int waiting() {
        return waiting.get();
    }

    int active() {
        return capacity - free.size();
    }

    /** The longest a caller waits for a slot; Retry-After tells refused callers to come back after it. */
    Duration maxWait() {
        return maxWait;
    }
}
