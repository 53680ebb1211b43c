package dev.codelive.app.execution;

import dev.codelive.codelive.CodeLive;
import dev.codelive.exec.Execution;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.testing.TestServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A test server with Code Live and live execution, as the app wires them. */
final class ExecutingServer {
    static final String ADMIN = "render-execute-admin-token-0123456789abcdef";
    private static final String UNLIMITED = "{ rate: 1000000, per: second, burst: 1000000 }";

    /**
     * @param uidBase first host uid of the server's runs (test classes use different ones)
     * @param execPolicy YAML merged into {@code modules.exec}
     * @param executeRate the execute rate class, e.g. {@code { rate: 1, per: hour, burst: 1 }}
     */
    TestServer.Builder builder(int uidBase, String execPolicy, String executeRate) {
        Map<String, String> variables = new HashMap<>(System.getenv());
        // Tests run in the module's directory; the repository pins the TypeScript compiler under tools/typescript.
        variables.putIfAbsent("EXEC_TYPESCRIPT_HOME", Path.of("..", "tools", "typescript").toAbsolutePath().normalize().toString());
        return TestServer.builder()
                .env("ADMIN_TOKEN", ADMIN)
                .policy(("rate_limits: { api: %1$s, render: %1$s, login: %1$s, signup: %1$s, execute: %2$s }\n"
                        + "modules: { exec: { uid_base: %3$d%4$s } }").formatted(UNLIMITED, executeRate, uidBase,
                        execPolicy.isBlank() ? "" : ", " + execPolicy))
                .module(CodeLive.module())
                .module(Execution.module(new Environment(variables)));
    }

    TestServer.Builder builder(int uidBase, String execPolicy) {
        return builder(uidBase, execPolicy, UNLIMITED);
    }
}
