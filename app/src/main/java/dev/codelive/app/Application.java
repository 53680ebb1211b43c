package dev.codelive.app;

import dev.codelive.app.site.SiteModule;
import dev.codelive.codelive.CodeLive;
import dev.codelive.exec.Execution;
import dev.codelive.foundry.SoundFoundry;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.PlatformModules;
import dev.codelive.platform.server.ServerModule;
import java.util.ArrayList;
import java.util.List;

/** The modules that make up Code Live, in registration order. */
public final class Application {
    private Application() {}

    public static List<ServerModule> modules() {
        List<ServerModule> modules = new ArrayList<>(PlatformModules.all());
        modules.add(CodeLive.module());
        modules.add(Execution.module(Environment.system()));
        modules.add(SoundFoundry.module(Environment.system()));
        modules.add(new SiteModule());
        return List.copyOf(modules);
    }
}
