package dev.codelive.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Interrupts reach a job's handler and never the worker thread after it: embedded H2 closes its database file for
 * every connection when a thread is interrupted inside it (the CI failure that found this: a late lease-lost
 * interrupt hit the worker's next database call and every request after it answered 500).
 */
class RunningJobTest {
    private static RunningJob runningOn(Thread thread) {
        Instant now = Instant.now();
        Job job = new Job("00000000-0000-4000-8000-000000000000", "demo", Optional.empty(), Optional.empty(), "{}", JobState.RUNNING,
                0, Optional.empty(), 1, 3, now, false, Optional.empty(), Optional.empty(), now, now, Optional.of(now), Optional.empty());
        return new RunningJob(job, new ObjectMapper(), thread, System.nanoTime());
    }

    @Test
    void aLostLeaseWakesASleepingHandlerAndStopsItAtItsCheckpoint() throws Exception {
        CountDownLatch sleeping = new CountDownLatch(1);
        AtomicBoolean woken = new AtomicBoolean();
        RunningJob[] job = new RunningJob[1];
        Thread worker = Thread.ofPlatform().unstarted(() -> {
            sleeping.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                woken.set(true);
            }
        });
        job[0] = runningOn(worker);
        worker.start();
        assertThat(sleeping.await(5, TimeUnit.SECONDS)).isTrue();

        job[0].loseLease();

        worker.join(5_000);
        assertThat(woken).isTrue();
        assertThatThrownBy(job[0]::checkpoint).isInstanceOf(JobCancelledException.class).hasMessageContaining("lease");
    }

    @Test
    void aHandlerInterruptedByShutdownStopsAtItsNextCheckpoint() throws Exception {
        AtomicReference<Throwable> stopped = new AtomicReference<>();
        CountDownLatch busy = new CountDownLatch(1);
        RunningJob[] job = new RunningJob[1];
        Thread worker = Thread.ofPlatform().unstarted(() -> {
            busy.countDown();
            try {
                while (true) {
                    job[0].checkpoint();  // a CPU-bound handler that never sleeps, checking between steps
                    Thread.onSpinWait();
                }
            } catch (JobCancelledException e) {
                stopped.set(e);
            }
        });
        job[0] = runningOn(worker);
        worker.start();
        assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
        job[0].checkpoint();

        job[0].interrupt();

        worker.join(5_000);
        assertThat(stopped.get()).isInstanceOf(JobCancelledException.class).hasMessageContaining("shutting down");
    }

    @Test
    void noInterruptReachesTheWorkerOnceTheHandlerReturned() throws Exception {
        RunningJob job = runningOn(Thread.currentThread());
        job.handlerReturned();

        Thread other = Thread.ofPlatform().start(() -> {
            job.loseLease();
            job.interrupt();
        });
        other.join(5_000);

        assertThat(Thread.interrupted()).as("the worker thread, now recording the outcome, was not interrupted").isFalse();
        assertThat(job.leaseLost()).as("the lost lease is still known, so the outcome is dropped").isTrue();
    }

    @Test
    void anInterruptThatArrivedWhileTheHandlerRanIsClearedWhenItReturns() {
        RunningJob job = runningOn(Thread.currentThread());
        job.interrupt();

        job.handlerReturned();

        assertThat(Thread.interrupted()).isFalse();
    }
}
