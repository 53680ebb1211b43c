package dev.codelive.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void theOperatorsFormBecomesJdbcWithSeparateCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://studio:s3cr%40t@db.internal:6432/codelive?sslmode=require");

        assertThat(url.vendor()).isEqualTo(DatabaseUrl.Vendor.POSTGRESQL);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6432/codelive?sslmode=require");
        assertThat(url.user()).isEqualTo("studio");
        assertThat(url.password()).isEqualTo("s3cr@t");
        assertThat(url.location()).isEqualTo("db.internal:6432/codelive");
    }

    @Test
    void portDefaultsTo5432AndPostgresIsAnAlias() {
        assertThat(DatabaseUrl.parse("postgres://db/codelive").jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/codelive");
        assertThat(DatabaseUrl.parse("postgres://db/codelive").user()).isEmpty();
    }

    @Test
    void thePasswordIsNeverPrinted() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://studio:hunter2@db/codelive");

        assertThat(url.toString()).doesNotContain("hunter2");
        assertThat(ServerConfig.from(new Environment(Map.of("DATABASE_URL", "postgresql://studio:hunter2@db/codelive"))).toString())
                .doesNotContain("hunter2");
    }

    @Test
    void malformedUrlsNameTheVariable() {
        for (String bad : new String[] {"mysql://db/codelive", "postgresql://db", "postgresql://db/a/b", "postgresql:///codelive", "not a url"}) {
            assertThatThrownBy(() -> DatabaseUrl.parse(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("DATABASE_URL"));
        }
    }

    @Test
    void withoutAUrlTheEmbeddedDatabaseLivesInTheDataDirectory() {
        ServerConfig config = ServerConfig.from(new Environment(Map.of("DATA_DIR", "/srv/codelive")));

        assertThat(config.database().url().vendor()).isEqualTo(DatabaseUrl.Vendor.H2);
        assertThat(config.database().url().jdbcUrl()).startsWith("jdbc:h2:file:" + Path.of("/srv/codelive/db/codelive")).contains("MODE=PostgreSQL", "WRITE_DELAY=0");
        assertThat(config.profile()).isEqualTo("embedded");
        assertThat(ServerConfig.from(new Environment(Map.of("DATABASE_URL", "postgresql://db/codelive"))).profile()).isEqualTo("production");
    }

    @Test
    void poolSettingsAreValidated() {
        assertThatThrownBy(() -> ServerConfig.from(new Environment(Map.of("DATABASE_POOL_SIZE", "0")))).hasMessageContaining("DATABASE_POOL_SIZE");
        // Flyway holds its lock on one connection while migrating on another: a pool of one would hang start-up.
        assertThatThrownBy(() -> ServerConfig.from(new Environment(Map.of("DATABASE_POOL_SIZE", "1")))).hasMessageContaining("DATABASE_POOL_SIZE");
        assertThatThrownBy(() -> ServerConfig.from(new Environment(Map.of("DATABASE_TIMEOUT", "soon")))).hasMessageContaining("DATABASE_TIMEOUT");
        assertThatThrownBy(() -> ServerConfig.from(new Environment(Map.of("DATABASE_SCHEMA", "Robert'); DROP TABLE users;--"))))
                .hasMessageContaining("DATABASE_SCHEMA");
    }
}
