package dev.codelive.bench;

import dev.codelive.bench.BenchDatabase.Engine;
import dev.codelive.platform.config.Policy;
import dev.codelive.platform.config.PolicyLoader;
import dev.codelive.platform.db.Database;
import dev.codelive.platform.db.OwnedRows;
import dev.codelive.platform.jobs.Job;
import dev.codelive.platform.jobs.JobQueue;
import dev.codelive.platform.json.JsonMappers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * The job queue end to end: jobs enqueued and run to completion by a handler that does nothing, through the
 * platform's {@link JobQueue} as a server runs it (bundled policy, {@code WORKER_CONCURRENCY} workers, the server's
 * pool), on a fresh database for every run. Three runs per engine and worker count:
 *
 * <ul>
 *   <li>saturated: as many producers as workers keep up to {@link Settings#backlog} jobs waiting, so workers never lack
 *       work; the figure is jobs completed per second.
 *   <li>closed loop: as many clients as workers each enqueue a job and wait until it has run before enqueuing the
 *       next, so jobs never queue behind each other; the figure is enqueue-to-complete latency.
 *   <li>reference: as many threads as workers each insert a job row and mark it complete by its key, two
 *       autocommitted statements on the same table: the least any database-backed queue must write per job.
 * </ul>
 *
 * <p>Not JMH: what is measured crosses threads the queue owns (enqueue on one, completion on a worker), and the
 * latency is read from the timestamps the queue itself stores ({@code created_at} before the INSERT,
 * {@code finished_at} before the completing UPDATE), so no hook in production code is needed.
 */
final class QueueBench {
    static final String QUEUE = "bench";
    static final String REFERENCE_QUEUE = "bench-reference";
    /** Jobs waiting to start that saturating producers keep at most, unless told otherwise: far more than a claim takes. */
    static final int DEFAULT_BACKLOG = 100;
    private static final Map<String, Object> PAYLOAD = Map.of("prompt", "benchmark", "bars", 8);
    private static final Duration STUCK = Duration.ofSeconds(30);
    private static final Duration GAUGE_INTERVAL = Duration.ofMillis(50);

    /**
     * What to run.
     *
     * @param backlog the most jobs the saturated run's producers keep waiting
     */
    record Settings(List<Engine> engines, List<Integer> workers, Duration warmup, Duration duration, int backlog) {}

    /**
     * One run's outcome.
     *
     * @param perSecond jobs (or reference round trips) finished per second in the measured window
     * @param latency enqueue-to-complete times, where measured
     * @param meanWaiting jobs enqueued but not yet started, averaged over the window (saturated run only)
     * @param cpu where the machine's CPU went during the window
     */
    record Outcome(double perSecond, Optional<Latency> latency, double meanWaiting, Optional<CpuMeter.Share> cpu) {}

    /** The three runs of one engine and worker count. */
    record Row(Engine engine, int workers, Outcome saturated, Outcome closedLoop, Outcome reference) {}

    private final Settings settings;
    private final Policy policy = new PolicyLoader().load(Optional.empty()).policy();
    private final Clock clock = Clock.systemUTC();
    private final PrintStream progress;

    QueueBench(Settings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    List<Row> run() throws InterruptedException {
        List<Row> rows = new ArrayList<>();
        for (Engine engine : settings.engines()) {
            for (int workers : settings.workers()) {
                progress.printf("[queue] %s, %d worker(s): reference%n", engine.label(), workers);
                Outcome reference = reference(engine, workers);
                progress.printf("[queue] %s, %d worker(s): saturated%n", engine.label(), workers);
                Outcome saturated = saturated(engine, workers);
                progress.printf("[queue] %s, %d worker(s): closed loop%n", engine.label(), workers);
                Outcome closedLoop = closedLoop(engine, workers);
                rows.add(new Row(engine, workers, saturated, closedLoop, reference));
            }
        }
        return rows;
    }

    private Outcome saturated(Engine engine, int workers) throws InterruptedException {
        int backlog = settings.backlog();
        Semaphore room = new Semaphore(backlog);
        return timed(engine, workers, queue -> queue.register(QUEUE, context -> {
            room.release();
            return null;
        }), (queue, database, index, running, window) -> {
            while (running.getAsBoolean()) {
                if (room.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    queue.enqueue(QUEUE, null, null, PAYLOAD);
                }
            }
        }, Optional.of(() -> backlog - room.availablePermits()), (database, window, meanWaiting) -> {
            long completed = database.jdbi().withHandle(handle -> handle.createQuery("""
                            SELECT COUNT(*) FROM jobs WHERE queue = :queue AND state = 'COMPLETE' AND finished_at >= :start AND finished_at < :end""")
                    .bind("queue", QUEUE).bind("start", time(window.start())).bind("end", time(window.end()))
                    .mapTo(Long.class).one());
            return new Outcome(completed / window.seconds(), Optional.empty(), meanWaiting, window.cpu());
        });
    }

    private Outcome closedLoop(Engine engine, int workers) throws InterruptedException {
        Semaphore[] ran = new Semaphore[workers];
        for (int i = 0; i < workers; i++) {
            ran[i] = new Semaphore(0);
        }
        return timed(engine, workers, queue -> queue.register(QUEUE, context -> {
            ran[context.payload().get("client").asInt()].release();
            return null;
        }), (queue, database, index, running, window) -> {
            while (running.getAsBoolean()) {
                queue.enqueue(QUEUE, null, null, Map.of("client", index));
                if (!ran[index].tryAcquire(STUCK.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException("a job did not run within " + STUCK.toSeconds() + " s");
                }
            }
        }, Optional.empty(), (database, window, meanWaiting) -> {
            List<Lifetime> jobs = database.jdbi().withHandle(handle -> handle.createQuery("""
                            SELECT state, created_at, finished_at FROM jobs WHERE queue = :queue AND created_at >= :start AND created_at < :end""")
                    .bind("queue", QUEUE).bind("start", time(window.start())).bind("end", time(window.end()))
                    .map((rs, ctx) -> new Lifetime(rs.getString("state"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                            Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
                    .list());
            List<String> unfinished = jobs.stream().filter(job -> !job.state().equals("COMPLETE")).map(Lifetime::state).toList();
            if (!unfinished.isEmpty()) {
                throw new IllegalStateException(unfinished.size() + " job(s) of the window did not complete: " + unfinished);
            }
            long[] micros = jobs.stream().mapToLong(job -> ChronoUnit.MICROS.between(job.created(), job.finished().orElseThrow())).toArray();
            return new Outcome(micros.length / window.seconds(), Optional.of(Latency.ofMicros(micros)), 0, window.cpu());
        });
    }

    /** A job as the table recorded it: enqueued at {@code created}, ended at {@code finished}. */
    private record Lifetime(String state, Instant created, Optional<Instant> finished) {}

    private Outcome reference(Engine engine, int workers) throws InterruptedException {
        List<LongSamples> samples = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            samples.add(new LongSamples());
        }
        return timed(engine, workers, queue -> { }, (queue, database, index, running, window) -> {
            LongSamples mine = samples.get(index);
            while (running.getAsBoolean()) {
                long start = System.nanoTime();
                Job job = queue.enqueue(REFERENCE_QUEUE, null, null, PAYLOAD);
                Instant now = clock.instant();
                int changed = database.jdbi().withHandle(handle -> handle.createUpdate("""
                                UPDATE jobs SET state = 'COMPLETE', progress = 1, result = NULL, error = NULL, finished_at = :now, updated_at = :now
                                WHERE id = :id AND state = 'QUEUED'""")
                        .bind("id", job.id()).bind("now", time(now)).execute());
                long end = System.nanoTime();
                if (changed != 1) {
                    throw new IllegalStateException("the reference UPDATE changed " + changed + " rows");
                }
                if (window.contains(end)) {
                    mine.add(TimeUnit.NANOSECONDS.toMicros(end - start));
                }
            }
        }, Optional.empty(), (database, window, meanWaiting) -> {
            long[] micros = LongSamples.concat(samples);
            return new Outcome(micros.length / window.seconds(), Optional.of(Latency.ofMicros(micros)), 0, window.cpu());
        });
    }

    /** The loop each driver thread runs until {@code running} turns false. */
    @FunctionalInterface
    private interface Driver {
        void loop(JobQueue queue, Database database, int index, BooleanSupplier running, Window window) throws Exception;
    }

    /** Turns a finished run into its outcome, with the database still open. */
    @FunctionalInterface
    private interface Summary {
        Outcome of(Database database, Window window, double meanWaiting);
    }

    /**
     * One run on a fresh database: {@code workers} driver threads loop through a warm-up and the measured window;
     * then they stop, the queue drains and closes (so every job started has its outcome written), and
     * {@code summary} reads what happened in the window.
     */
    private Outcome timed(Engine engine, int workers, Consumer<JobQueue> handlers, Driver driver, Optional<IntSupplier> waiting,
                          Summary summary) throws InterruptedException {
        try (BenchDatabase bench = BenchDatabase.create(engine, Map.of("WORKER_CONCURRENCY", Integer.toString(workers)))) {
            Database database = bench.database();
            Window window = new Window();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            double meanWaiting;
            JobQueue queue = new JobQueue(database.jdbi(), new OwnedRows(database), JsonMappers.api(policy.http().json()), policy.jobs(),
                    bench.config().workerConcurrency(), bench.config().shutdownDrain(), new SimpleMeterRegistry(), clock);
            try {
                queue.start();
                handlers.accept(queue);
                List<Thread> drivers = new ArrayList<>();
                for (int i = 0; i < workers; i++) {
                    int index = i;
                    drivers.add(Thread.ofPlatform().name("bench-driver-" + i).start(() -> {
                        try {
                            driver.loop(queue, database, index, () -> !window.stopped() && failure.get() == null, window);
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        }
                    }));
                }
                Thread.sleep(settings.warmup());
                window.open(clock.instant());
                meanWaiting = gauge(waiting, settings.duration());
                window.close(clock.instant());
                for (Thread thread : drivers) {
                    if (!thread.join(STUCK)) {
                        throw new IllegalStateException(thread.getName() + " did not stop within " + STUCK.toSeconds() + " s");
                    }
                }
            } finally {
                window.stop();
                queue.close();
            }
            if (failure.get() != null) {
                throw new IllegalStateException("a driver failed", failure.get());
            }
            return summary.of(database, window, meanWaiting);
        }
    }

    /** Waits {@code duration}, sampling {@code waiting} meanwhile; answers its mean (0 without a gauge). */
    private static double gauge(Optional<IntSupplier> waiting, Duration duration) throws InterruptedException {
        if (waiting.isEmpty()) {
            Thread.sleep(duration);
            return 0;
        }
        long deadline = System.nanoTime() + duration.toNanos();
        long sum = 0;
        int samples = 0;
        while (System.nanoTime() < deadline) {
            sum += waiting.get().getAsInt();
            samples++;
            Thread.sleep(GAUGE_INTERVAL);
        }
        return samples == 0 ? 0 : (double) sum / samples;
    }

    /** The measured window, shared with the drivers: before it opens is warm-up, after it closes they stop. */
    static final class Window {
        private volatile long startNanos = Long.MAX_VALUE;
        private volatile long endNanos = Long.MAX_VALUE;
        private volatile boolean stopped;
        private Instant start;
        private Instant end;
        private Optional<CpuMeter.Reading> startCpu = Optional.empty();
        private Optional<CpuMeter.Share> cpu = Optional.empty();

        void open(Instant now) {
            startCpu = CpuMeter.read();
            start = now;
            startNanos = System.nanoTime();
        }

        void close(Instant now) {
            endNanos = System.nanoTime();
            end = now;
            Optional<CpuMeter.Reading> endCpu = CpuMeter.read();
            cpu = startCpu.flatMap(first -> endCpu.map(last -> CpuMeter.Share.between(first, last)));
            stopped = true;
        }

        /** Ends the run early (a failure): the drivers stop. */
        void stop() {
            stopped = true;
        }

        boolean stopped() {
            return stopped;
        }

        /** Whether {@code nanos} (a {@link System#nanoTime()}) falls in the window. */
        boolean contains(long nanos) {
            return nanos >= startNanos && nanos < endNanos;
        }

        Instant start() {
            return start;
        }

        Instant end() {
            return end;
        }

        double seconds() {
            return (endNanos - startNanos) / 1e9;
        }

        Optional<CpuMeter.Share> cpu() {
            return cpu;
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
