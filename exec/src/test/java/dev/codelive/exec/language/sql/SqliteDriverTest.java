package dev.codelive.exec.language.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SqliteDriverTest {
    private final SqliteDriver driver = SqliteDriver.inSandbox();

    @Test
    void theCommandRunsTheDriverIsolatedOnTheScriptWithTheLimits() {
        assertThat(driver.argv(new SqlOptions(500, Duration.ofMillis(2500), false))).containsExactly(
                "/usr/bin/python3", "-I", "-S", "/sandbox/sqlite_driver.py", "/sandbox/main.sql",
                "--row-cap", "500", "--statement-timeout-ms", "2500");
        assertThat(driver.argv(new SqlOptions(1, Duration.ofSeconds(3), true)))
                .endsWith("--row-cap", "1", "--statement-timeout-ms", "3000", "--sample");
        assertThat(driver.scriptPath()).isEqualTo("/sandbox/main.sql");
    }

    @Test
    void theSampleIsBoundOnlyWhenAskedFor() {
        assertThat(driver.files(new SqlOptions(10, Duration.ofSeconds(1), false)))
                .containsExactly(new DriverFile("/dev/codelive/exec/sql/sqlite_driver.py", "/sandbox/sqlite_driver.py"));
        assertThat(driver.files(new SqlOptions(10, Duration.ofSeconds(1), true))).containsExactly(
                new DriverFile("/dev/codelive/exec/sql/sqlite_driver.py", "/sandbox/sqlite_driver.py"),
                new DriverFile("/dev/codelive/exec/sql/sample.sql", "/sandbox/sample.sql"));
    }

    @Test
    void theFilesAreOnTheClasspath() {
        for (DriverFile file : driver.files(new SqlOptions(10, Duration.ofSeconds(1), true))) {
            assertThat(file.content()).as(file.resource()).isNotEmpty();
        }
        String sample = new String(new DriverFile("/dev/codelive/exec/sql/sample.sql", "/x").content(), StandardCharsets.UTF_8);
        assertThat(sample).contains("CREATE TABLE artists", "CREATE TABLE albums", "CREATE TABLE tracks", "CREATE TABLE plays");
    }

    @Test
    void aMissingResourceIsAnError() {
        assertThatThrownBy(() -> new DriverFile("/dev/codelive/exec/sql/nothing.py", "/sandbox/nothing.py").content())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nothing.py");
    }

    @Test
    void badOptionsAreRefused() {
        assertThatThrownBy(() -> new SqlOptions(0, Duration.ofSeconds(1), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row cap");
        assertThatThrownBy(() -> new SqlOptions(-1, Duration.ofSeconds(1), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SqlOptions(10, Duration.ZERO, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> new SqlOptions(10, Duration.ofNanos(999_999), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SqlOptions(10, Duration.ofSeconds(-1), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDirectoryMustBeAbsoluteAndPlain() {
        for (String bad : new String[] {"sandbox", "/sandbox/", "/sandbox/../etc", ""}) {
            assertThatThrownBy(() -> new SqliteDriver("/usr/bin/python3", bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
