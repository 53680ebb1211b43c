package dev.codelive.platform.backup;

import dev.codelive.platform.config.BackupSettings;
import dev.codelive.platform.settings.Settings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the daily backup at {@code BACKUP_TIME} (UTC) on exactly one replica, then deletes archives past retention.
 *
 * <p>Replicas agree through a lease in {@code platform_settings} ({@value #LEASE}), not a PostgreSQL advisory lock: it
 * works the same on H2, survives connection resets, and records which day was backed up, so a replica that starts after
 * the backup time catches up once and never twice. Every replica checks once a minute; taking the day is a single
 * compare-and-set on that row, which exactly one replica wins. The winner holds the lease for {@link #LEASE_DURATION};
 * if it dies mid-backup, another replica takes over once the lease has expired. A failed backup is logged, counted and
 * not retried until the next day.
 */
public final class BackupScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackupScheduler.class);
    static final String LEASE = "backup.daily";
    static final Duration LEASE_DURATION = Duration.ofHours(6);
    private static final Duration CHECK_EVERY = Duration.ofMinutes(1);

    private final Backups backups;
    private final Settings settings;
    private final BackupSettings config;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final String replica = "replica-" + UUID.randomUUID();
    private final AtomicLong lastSuccess = new AtomicLong();
    private ScheduledExecutorService executor;

    public BackupScheduler(Backups backups, Settings settings, BackupSettings config, MeterRegistry metrics, Clock clock) {
        this.backups = backups;
        this.settings = settings;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
        Gauge.builder("backup.last.success.timestamp", lastSuccess, AtomicLong::get)
                .description("When this replica last finished a daily backup (Unix seconds; 0 = not since start)")
                .baseUnit("seconds")
                .register(metrics);
    }

    /** Checks once a minute from a minute after start, so that a backup never competes with start-up. */
    public synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("backup-scheduler").daemon(true).factory());
            executor.scheduleWithFixedDelay(this::tick, CHECK_EVERY.toSeconds(), CHECK_EVERY.toSeconds(), TimeUnit.SECONDS);
            LOG.info("daily backup at {} UTC, keeping {} days, into {}", config.time(), config.retentionDays(), backups.directory());
        }
    }

    /**
     * Takes today's backup if it is due and no replica has taken it.
     *
     * @return whether this replica ran the backup
     */
    boolean tick() {
        try {
            Instant now = clock.instant();
            LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
            if (now.isBefore(ZonedDateTime.of(today, config.time(), ZoneOffset.UTC).toInstant())) {
                return false;
            }
            Optional<String> current = settings.get(LEASE);
            if (!claimable(current.map(Lease::parse), today, now)) {
                return false;
            }
            Lease running = new Lease(today, "running", replica, now.plus(LEASE_DURATION));
            if (!settings.compareAndSet(LEASE, current, running.format(), replica)) {
                return false; // another replica took it a moment earlier
            }
            run(running);
            return true;
        } catch (RuntimeException e) {
            LOG.error("daily backup check failed", e);
            return false;
        }
    }

    private static boolean claimable(Optional<Lease> lease, LocalDate today, Instant now) {
        return lease.isEmpty()
                || lease.get().day().isBefore(today)
                || lease.get().state().equals("running") && lease.get().until().isBefore(now);
    }

    private void run(Lease running) {
        long start = System.nanoTime();
        String outcome = "failure";
        try {
            Backups.Created created = backups.create();
            backups.prune(config.retentionDays());
            outcome = "success";
            lastSuccess.set(clock.instant().getEpochSecond());
            finish(running, "done");
            LOG.info("daily backup done: {}", created.archive());
        } catch (RuntimeException e) {
            LOG.error("daily backup failed", e);
            finish(running, "failed");
        } finally {
            Timer.builder("backup.runs").description("Daily backups run by this replica").tag("outcome", outcome)
                    .register(metrics).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private void finish(Lease running, String state) {
        Lease finished = new Lease(running.day(), state, replica, clock.instant());
        if (!settings.compareAndSet(LEASE, Optional.of(running.format()), finished.format(), replica)) {
            LOG.warn("the daily backup lease was taken over by another replica before this one finished");
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The value of the lease row, e.g. {@code day=2026-01-31;state=running;by=replica-…;until=2026-01-31T09:00:00Z}.
     *
     * @param day the day whose backup this is
     * @param state running, done or failed
     * @param holder the replica that took it
     * @param until while running: when the lease expires; else when it ended
     */
    record Lease(LocalDate day, String state, String holder, Instant until) {
        String format() {
            return "day=" + day + ";state=" + state + ";by=" + holder + ";until=" + until;
        }

        static Lease parse(String raw) {
            Map<String, String> fields = new HashMap<>();
            for (String part : raw.split(";")) {
                int equals = part.indexOf('=');
                if (equals > 0) {
                    fields.put(part.substring(0, equals), part.substring(equals + 1));
                }
            }
            try {
                return new Lease(LocalDate.parse(fields.get("day")), fields.get("state"), fields.get("by"), Instant.parse(fields.get("until")));
            } catch (RuntimeException e) {
                // An unreadable row must not stop backups forever: treat it as a lease from long ago.
                return new Lease(LocalDate.MIN, "done", "unknown", Instant.MIN);
            }
        }
    }
}
