package dev.codelive.exec.testing;

import dev.codelive.exec.Execution;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.testing.TestServer;
import java.util.HashMap;
import java.util.Map;

/** A test server with the execution module, its runs under host uids of the test's own. */
public final class ExecServer {
    public static final String ADMIN = "exec-test-admin-token-0123456789abcdef";

    private ExecServer() {}

    /**
     * @param uidBase first host uid of this server's runs; test classes use different ones
     * @param policy YAML merged into {@code modules.exec}, e.g. {@code queue: {max_waiting: 0}}
     */
    public static TestServer.Builder builder(int uidBase, String policy, Map<String, String> env) {
        Map<String, String> variables = new HashMap<>(HostSandbox.repositoryVariables());
        variables.putAll(env);
        return TestServer.builder()
                .env("ADMIN_TOKEN", ADMIN)
                .policy(("rate_limits: { api: %1$s, execute: %1$s, login: %1$s }\nmodules: { exec: { uid_base: %2$d%3$s } }")
                        .formatted("{ rate: 1000000, per: second, burst: 1000000 }", uidBase, policy.isBlank() ? "" : ", " + policy))
                .module(Execution.module(new Environment(variables)));
    }
}
