package dev.codelive.app;

import dev.codelive.platform.server.ServerModule;
import dev.codelive.platform.testing.DemoJobsModule;
import java.util.ArrayList;
import java.util.List;

/** {@code codelive serve} exactly as shipped, plus the test-only demo job queue: the process the kill tests start. */
public final class ServeWithDemoJobs {
    private ServeWithDemoJobs() {}

    public static void main(String[] args) {
        List<ServerModule> modules = new ArrayList<>(Application.modules());
        modules.add(new DemoJobsModule());
        System.exit(new ServeCommand(System.getenv(), System.err, modules).run());
    }
}
