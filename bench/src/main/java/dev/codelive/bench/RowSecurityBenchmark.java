package dev.codelive.bench;

import dev.codelive.bench.BenchDatabase.Engine;
import dev.codelive.bench.TokenFixture.TokenRow;
import dev.codelive.platform.db.OwnedRows;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What per-user isolation costs a read on PostgreSQL: a random user's live tokens (the read behind the token list)
 * through {@link OwnedRows#inScope} against the same statement through the unscoped Jdbi path (the reference),
 * with the unscoped statement in a transaction in between to separate the transaction from the role and policy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 4, time = 3)
public class RowSecurityBenchmark {
    private BenchDatabase database;
    private Jdbi jdbi;
    private OwnedRows ownedRows;
    private List<String> userIds;

    @Setup(Level.Trial)
    public void open() {
        database = BenchDatabase.create(Engine.POSTGRESQL, Map.of());
        jdbi = database.database().jdbi();
        ownedRows = new OwnedRows(database.database());
        userIds = TokenFixture.populate(database.database());
        TokenFixture.verify(database.database(), ownedRows, userIds.getFirst());
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    private String anyUser() {
        return userIds.get(ThreadLocalRandom.current().nextInt(userIds.size()));
    }

    /** The reference: one autocommitted SELECT as the connecting account, which row-level security does not bind. */
    @Benchmark
    public List<TokenRow> unscoped() {
        String userId = anyUser();
        return jdbi.withHandle(handle -> TokenFixture.liveTokens(TokenFixture.unscoped(handle, userId)));
    }

    /** The same SELECT in an explicit transaction: what BEGIN and COMMIT add, without the role or the policy. */
    @Benchmark
    public List<TokenRow> unscopedTransaction() {
        String userId = anyUser();
        return jdbi.inTransaction(handle -> TokenFixture.liveTokens(TokenFixture.unscoped(handle, userId)));
    }

    /** As the platform reads user-owned rows: transaction, SET LOCAL ROLE, set_config, then the SELECT under the policy. */
    @Benchmark
    public List<TokenRow> scoped() {
        return ownedRows.inScope(anyUser(), scope -> TokenFixture.liveTokens(scope.query(TokenFixture.LIVE_TOKENS)));
    }

    /**
     * Not what ships: the scoped read with the role and the user set by one statement instead of two, to measure
     * what one round trip fewer per scoped transaction would save.
     */
    @Benchmark
    public List<TokenRow> scopedOneSetStatement() {
        String userId = anyUser();
        return jdbi.inTransaction(handle -> {
            TokenFixture.enterScopeInOneStatement(handle, userId);
            return TokenFixture.liveTokens(TokenFixture.unscoped(handle, userId));
        });
    }
}
