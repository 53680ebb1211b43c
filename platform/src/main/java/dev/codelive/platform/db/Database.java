package dev.codelive.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import com.zaxxer.hikari.pool.HikariPool;
import dev.codelive.platform.config.DatabaseUrl;
import dev.codelive.platform.config.ServerConfig.DatabaseSettings;
import dev.codelive.platform.health.CheckResult;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * The database of the process: a HikariCP pool, Jdbi on top, and the Flyway migrations that shape it.
 *
 * <p>Migrations live in {@code db/migration/common} (portable SQL, run everywhere) and
 * {@code db/migration/<vendor>} (what only one engine has, such as PostgreSQL's row-level security).
 */
public final class Database implements AutoCloseable {
    private final DatabaseUrl url;
    private final String schema;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(DatabaseUrl url, String schema, HikariDataSource dataSource) {
        this.url = url;
        this.schema = schema;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * Opens the pool, waiting up to the configured timeout for the database to answer.
     *
     * @throws DatabaseUnavailableException when it does not
     */
    public static Database open(DatabaseSettings settings, MeterRegistry metrics) {
        DatabaseUrl url = settings.url();
        HikariConfig config = new HikariConfig();
        config.setPoolName("db");
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.user());
        config.setPassword(url.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(settings.timeout().toMillis());
        config.setValidationTimeout(Math.min(settings.timeout().toMillis(), 5_000));
        config.setInitializationFailTimeout(settings.timeout().toMillis());
        if (url.vendor() == DatabaseUrl.Vendor.POSTGRESQL) {
            // A schema that does not exist yet is created by the first migration; search_path tolerates that.
            config.addDataSourceProperty("currentSchema", settings.schema());
        }
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
        try {
            return new Database(url, settings.schema(), new HikariDataSource(config));
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new DatabaseUnavailableException("cannot connect to the database at " + url.location()
                    + " within " + settings.timeout().toSeconds() + " s: " + cause.getMessage(), e);
        }
    }

    private Flyway flyway() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration/common"));
        String vendorFolder = "db/migration/" + url.vendor().folder();
        if (Database.class.getClassLoader().getResource(vendorFolder) != null) {
            locations.add("classpath:" + vendorFolder);
        }
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations(locations.toArray(String[]::new))
                .load();
    }

    /** Applies pending migrations; safe to run from several replicas at once (Flyway locks). */
    public MigrationStatus migrate() {
        flyway().migrate();
        return status();
    }

    public MigrationStatus status() {
        var info = flyway().info();
        MigrationInfo current = info.current();
        return new MigrationStatus(current == null ? "none" : current.getVersion().getVersion(), info.pending().length);
    }

    public PoolStats poolStats() {
        var pool = dataSource.getHikariPoolMXBean();
        return new PoolStats(pool.getActiveConnections(), pool.getIdleConnections(), pool.getTotalConnections(),
                pool.getThreadsAwaitingConnection(), dataSource.getMaximumPoolSize());
    }

    /** A round trip to the database, for readiness. */
    public CheckResult check() {
        Integer one = jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
        return one == 1 ? CheckResult.ok() : CheckResult.failing("SELECT 1 returned " + one);
    }

    /**
     * Runs {@code callback} in one transaction acting for {@code userId}. On PostgreSQL the transaction switches to
     * role {@value OwnedRows#SCOPED_ROLE} and sets {@value OwnedRows#USER_SETTING}, so row-level security admits only
     * that user's rows; both revert when the transaction ends, before the connection returns to the pool.
     */
    public <R, X extends Exception> R inTransactionAs(String userId, HandleCallback<R, X> callback) throws X {
        return jdbi.inTransaction(handle -> {
            if (url.vendor() == DatabaseUrl.Vendor.POSTGRESQL) {
                handle.execute("SET LOCAL ROLE " + OwnedRows.SCOPED_ROLE);
                handle.createQuery("SELECT set_config(:setting, :user, true)")
                        .bind("setting", OwnedRows.USER_SETTING).bind("user", userId).mapTo(String.class).one();
            }
            return callback.withHandle(handle);
        });
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DatabaseUrl.Vendor vendor() {
        return url.vendor();
    }

    /** The schema that holds the tables (PostgreSQL's DATABASE_SCHEMA). */
    public String schema() {
        return schema;
    }

    public String location() {
        return url.location();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
