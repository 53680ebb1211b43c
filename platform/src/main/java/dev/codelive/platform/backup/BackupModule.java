package dev.codelive.platform.backup;

import dev.codelive.platform.config.BackupSettings;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import java.time.Clock;

/** Starts the daily backup when {@code BACKUP_ENABLED=true}; archives go to {@code DATA_DIR/backups}. */
public final class BackupModule implements ServerModule {
    @Override
    public void register(Platform platform) {
        BackupSettings settings = platform.config().backup();
        if (!settings.enabled()) {
            return;
        }
        Backups backups = new Backups(platform.database(), platform.config().database(), platform.blobs(),
                platform.config().dataDir().resolve("backups"), platform.version(), Clock.systemUTC());
        BackupScheduler scheduler = new BackupScheduler(backups, platform.settings(), settings,
                platform.metrics(), Clock.systemUTC());
        platform.closeOnShutdown("backup scheduler", scheduler);
        scheduler.start();
    }
}
