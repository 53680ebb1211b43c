package dev.codelive.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackupSettingsTest {
    private static BackupSettings backup(Map<String, String> env) {
        return ServerConfig.from(new Environment(env)).backup();
    }

    @Test
    void offByDefaultKeepingAWeekAtThreeInTheMorning() {
        assertThat(backup(Map.of())).isEqualTo(new BackupSettings(false, 7, LocalTime.of(3, 0)));
    }

    @Test
    void enabledWithItsOwnTimeAndRetention() {
        assertThat(backup(Map.of("BACKUP_ENABLED", "true", "BACKUP_RETENTION_DAYS", "30", "BACKUP_TIME", "23:45")))
                .isEqualTo(new BackupSettings(true, 30, LocalTime.of(23, 45)));
    }

    @Test
    void invalidValuesNameTheirVariable() {
        assertThatThrownBy(() -> backup(Map.of("BACKUP_ENABLED", "yes")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("BACKUP_ENABLED"));
        assertThatThrownBy(() -> backup(Map.of("BACKUP_RETENTION_DAYS", "0")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("BACKUP_RETENTION_DAYS"));
        for (String time : new String[] {"3:00", "24:00", "03:60", "3am", "03:00:00"}) {
            assertThatThrownBy(() -> backup(Map.of("BACKUP_TIME", time)))
                    .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("BACKUP_TIME"))
                    .hasMessageContaining("HH:MM");
        }
    }
}
