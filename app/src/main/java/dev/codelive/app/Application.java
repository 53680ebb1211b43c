package dev.codelive.app;

import dev.codelive.app.site.SiteModule;
import dev.codelive.platform.accounts.AuthModule;
import dev.codelive.platform.ops.AdminModesModule;
import dev.codelive.platform.ops.EchoModule;
import dev.codelive.platform.ops.OperationsModule;
import dev.codelive.platform.server.ServerModule;
import java.util.List;

/** The modules that make up Code Live, in registration order. */
public final class Application {
    private Application() {}

    public static List<ServerModule> modules() {
        return List.of(new OperationsModule(), new EchoModule(), new AuthModule(), new AdminModesModule(), new SiteModule());
    }
}
