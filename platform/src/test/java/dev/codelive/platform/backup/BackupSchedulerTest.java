package dev.codelive.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.config.BackupSettings;
import dev.codelive.platform.db.Database;
import dev.codelive.platform.settings.Settings;
import dev.codelive.platform.storage.LocalBlobStore;
import dev.codelive.platform.testing.TestDatabase;
import dev.codelive.platform.testing.TestDatabase.Kind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The daily backup runs once a day across replicas, takes over from a dead one, and counts failures. */
@ParameterizedClass
@EnumSource(Kind.class)
class BackupSchedulerTest {
    private static final BackupSettings DAILY = new BackupSettings(true, 2, LocalTime.of(3, 0));

    private final Kind kind;
    private TestDatabase testDatabase;
    private Database database;
    private LocalBlobStore blobs;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T02:59:00Z"));
    @TempDir
    Path dataDir;

    BackupSchedulerTest(Kind kind) {
        this.kind = kind;
    }

    @BeforeEach
    void migratedDatabase() {
        testDatabase = TestDatabase.create(kind);
        database = Database.open(testDatabase.settings(), new SimpleMeterRegistry());
        database.migrate();
        blobs = new LocalBlobStore(dataDir.resolve("blobs"));
    }

    @AfterEach
    void close() {
        blobs.close();
        database.close();
        testDatabase.close();
    }

    @Test
    void ofTwoReplicasExactlyOneTakesEachDaysBackupAndOldOnesArePruned() throws Exception {
        SimpleMeterRegistry firstMetrics = new SimpleMeterRegistry();
        SimpleMeterRegistry secondMetrics = new SimpleMeterRegistry();
        BackupScheduler first = scheduler(firstMetrics);
        BackupScheduler second = scheduler(secondMetrics);

        assertThat(tickTogether(first, second)).as("before BACKUP_TIME").isZero();

        clock.set(Instant.parse("2026-03-20T03:00:30Z"));
        assertThat(tickTogether(first, second)).isEqualTo(1);
        assertThat(backups().archives()).hasSize(1);
        assertThat(tickTogether(first, second)).as("once a day").isZero();

        clock.set(Instant.parse("2026-03-21T14:00:00Z"));
        assertThat(tickTogether(first, second)).as("a replica that was down at 03:00 catches up").isEqualTo(1);
        clock.set(Instant.parse("2026-03-23T03:01:00Z"));
        assertThat(tickTogether(first, second)).isEqualTo(1);

        assertThat(backups().archives()).extracting(path -> path.getFileName().toString())
                .as("two days of retention: the archive of the 20th is gone")
                .containsExactly("codelive-backup-20260321T140000Z.zip", "codelive-backup-20260323T030100Z.zip");
        assertThat(new Settings(database.jdbi(), database.vendor()).get(BackupScheduler.LEASE)).hasValueSatisfying(lease ->
                assertThat(lease).startsWith("day=2026-03-23;state=done;"));
        assertThat(successes(firstMetrics) + successes(secondMetrics)).isEqualTo(3);
    }

    @Test
    void aLeaseLeftRunningByADeadReplicaIsTakenOverOnlyOnceItExpires() {
        Settings settings = new Settings(database.jdbi(), database.vendor());
        clock.set(Instant.parse("2026-03-20T04:00:00Z"));
        Instant until = Instant.parse("2026-03-20T09:00:00Z");
        settings.put(BackupScheduler.LEASE, new BackupScheduler.Lease(clock.instant().atZone(ZoneOffset.UTC).toLocalDate(), "running",
                "replica-dead", until).format(), "test");
        BackupScheduler survivor = scheduler(new SimpleMeterRegistry());

        assertThat(survivor.tick()).as("the lease still holds").isFalse();
        clock.set(until.plusSeconds(60));
        assertThat(survivor.tick()).isTrue();
        assertThat(backups().archives()).hasSize(1);
    }

    @Test
    void aFailedBackupIsCountedLeavesNoArchiveAndIsNotRetriedTheSameDay() throws Exception {
        Files.writeString(dataDir.resolve("backups"), "a file where the backup directory should be");
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        BackupScheduler scheduler = scheduler(metrics);
        clock.set(Instant.parse("2026-03-20T03:30:00Z"));

        assertThat(scheduler.tick()).as("it ran, and failed").isTrue();
        assertThat(metrics.get("backup.runs").tag("outcome", "failure").timer().count()).isEqualTo(1);
        assertThat(metrics.get("backup.last.success.timestamp").gauge().value()).isZero();
        assertThat(new Settings(database.jdbi(), database.vendor()).get(BackupScheduler.LEASE)).hasValueSatisfying(lease ->
                assertThat(lease).startsWith("day=2026-03-20;state=failed;"));
        assertThat(scheduler.tick()).isFalse();

        Files.delete(dataDir.resolve("backups"));
        clock.set(Instant.parse("2026-03-21T03:30:00Z"));
        assertThat(scheduler.tick()).isTrue();
        assertThat(metrics.get("backup.runs").tag("outcome", "success").timer().count()).isEqualTo(1);
        assertThat(metrics.get("backup.last.success.timestamp").gauge().value()).isEqualTo(clock.instant().getEpochSecond());
    }

    private static long successes(SimpleMeterRegistry metrics) {
        var timer = metrics.find("backup.runs").tag("outcome", "success").timer();
        return timer == null ? 0 : timer.count();
    }

    private BackupScheduler scheduler(SimpleMeterRegistry metrics) {
        return new BackupScheduler(backups(), new Settings(database.jdbi(), database.vendor()), DAILY, metrics, clock);
    }

    private Backups backups() {
        return new Backups(database, testDatabase.settings(), blobs, dataDir.resolve("backups"), "test", clock);
    }

    /** Both replicas check at the same moment; returns how many ran a backup. */
    private static int tickTogether(BackupScheduler... schedulers) throws Exception {
        List<Callable<Boolean>> ticks = new ArrayList<>();
        for (BackupScheduler scheduler : schedulers) {
            ticks.add(scheduler::tick);
        }
        int ran = 0;
        try (ExecutorService executor = Executors.newFixedThreadPool(schedulers.length)) {
            for (Future<Boolean> result : executor.invokeAll(ticks)) {
                ran += result.get() ? 1 : 0;
            }
        }
        return ran;
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
