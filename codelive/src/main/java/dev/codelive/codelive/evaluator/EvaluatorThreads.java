package dev.codelive.codelive.evaluator;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The deep-stack threads evaluations run on, kept for the next evaluation instead of started for each: starting a
 * platform thread with a {@value ReferenceEvaluator#STACK_BYTES}-byte stack costs more than evaluating an ordinary
 * snippet. As many threads as evaluations run at once (an evaluation never waits for a thread, as with a thread of its
 * own); an idle one ends after {@link #IDLE}, which also gives back the stack a deep recursion committed.
 */
final class EvaluatorThreads {
    static final Duration IDLE = Duration.ofSeconds(10);

    private final ExecutorService threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE.toNanos(),
            TimeUnit.NANOSECONDS, new SynchronousQueue<>(), Thread.ofPlatform().name("codelive-evaluator-", 0)
                    .daemon().stackSize(ReferenceEvaluator.STACK_BYTES).factory());

    /** Starts {@code work} on a thread of its own; its outcome is what it returns (it catches what it throws). */
    Task start(Supplier<Object> work) {
        Task task = new Task(work);
        threads.execute(task);
        return task;
    }

    /**
     * One evaluation on a pooled thread. It can be interrupted while it runs, and only then: an interrupt must not
     * reach the evaluation the thread runs next.
     */
    static final class Task implements Runnable {
        private final Supplier<Object> work;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile Object outcome;
        /** The thread running the work; null before and after. Guarded by this. */
        private Thread runner;

        private Task(Supplier<Object> work) {
            this.work = work;
        }

        @Override
        public void run() {
            synchronized (this) {
                runner = Thread.currentThread();
            }
            try {
                outcome = work.get();
            } finally {
                synchronized (this) {
                    runner = null;
                    Thread.interrupted();
                }
                done.countDown();
            }
        }

        /** Waits up to {@code timeout} for the work to end; whether it did. */
        boolean await(Duration timeout) throws InterruptedException {
            return done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        }

        /** What the work returned; only once {@link #await} said it ended. */
        Object outcome() {
            return outcome;
        }

        synchronized void interrupt() {
            if (runner != null) {
                runner.interrupt();
            }
        }
    }
}
