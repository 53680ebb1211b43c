package dev.codelive.platform;

import dev.codelive.platform.accounts.AuthModule;
import dev.codelive.platform.accounts.TokensModule;
import dev.codelive.platform.backup.BackupModule;
import dev.codelive.platform.ops.AdminModesModule;
import dev.codelive.platform.ops.DiagnosticsModule;
import dev.codelive.platform.ops.EchoModule;
import dev.codelive.platform.ops.FeatureFlagsModule;
import dev.codelive.platform.ops.JobsModule;
import dev.codelive.platform.ops.OperationsModule;
import dev.codelive.platform.server.ServerModule;
import java.util.List;

/** The platform's own HTTP modules, in registration order; the application adds its capabilities after them. */
public final class PlatformModules {
    private PlatformModules() {}

    public static List<ServerModule> all() {
        return List.of(new OperationsModule(), new EchoModule(), new AuthModule(), new TokensModule(), new AdminModesModule(),
                new DiagnosticsModule(), new JobsModule(), new FeatureFlagsModule(), new BackupModule());
    }
}
