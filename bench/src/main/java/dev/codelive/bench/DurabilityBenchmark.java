package dev.codelive.bench;

import dev.codelive.bench.BenchDatabase.H2Commits;
import dev.codelive.platform.auth.Role;
import dev.codelive.platform.auth.User;
import dev.codelive.platform.auth.UserStore;
import dev.codelive.platform.config.PolicyLoader;
import dev.codelive.platform.config.Policy;
import dev.codelive.platform.db.OwnedRows;
import dev.codelive.platform.jobs.Job;
import dev.codelive.platform.jobs.JobQueue;
import dev.codelive.platform.json.JsonMappers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the embedded database's {@code WRITE_DELAY=0} costs: two acknowledged writes, a sign-up's database work and
 * a job enqueue, on H2 as it ships against H2's default write delay (the reference), each on a fresh database file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 4, time = 3)
public class DurabilityBenchmark {
    /** A real Argon2id PHC string's length; the store keeps it as given, and hashing is not what is measured. */
    private static final String PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$YmVuY2htYXJrLXNhbHQ$" + "A".repeat(43);
    private static final Map<String, Object> PAYLOAD = Map.of("prompt", "benchmark", "bars", 8);

    /** {@link H2Commits}: {@code SHIPPED} (WRITE_DELAY=0) or {@code H2_DEFAULT} (the reference). */
    @Param({"SHIPPED", "H2_DEFAULT"})
    public String commits;

    private BenchDatabase database;
    private UserStore users;
    private JobQueue jobs;

    @Setup(Level.Trial)
    public void open() {
        database = BenchDatabase.h2(H2Commits.valueOf(commits));
        users = new UserStore(database.database().jdbi());
        Policy policy = new PolicyLoader().load(Optional.empty()).policy();
        // Never started and no queue registered: enqueue is the whole of the work here.
        jobs = new JobQueue(database.database().jdbi(), new OwnedRows(database.database()), JsonMappers.api(policy.http().json()),
                policy.jobs(), 0, Duration.ZERO, new SimpleMeterRegistry(), Clock.systemUTC());
    }

    @TearDown(Level.Trial)
    public void close() {
        jobs.close();
        database.close();
    }

    /** Sign-up's database work: insert the user, read it back (the password hash is computed beforehand). */
    @Benchmark
    public User signUp() {
        return users.create("bench-" + UUID.randomUUID() + "@example.com", "Bench User", PASSWORD_HASH, Role.USER);
    }

    /** An accepted job: one INSERT, acknowledged. */
    @Benchmark
    public Job enqueue() {
        return jobs.enqueue("bench", null, null, PAYLOAD);
    }
}
