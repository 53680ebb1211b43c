package dev.codelive.exec.api;

import static dev.codelive.platform.http.route.Schemas.freeObject;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.exec.ExecPolicy;
import dev.codelive.exec.language.Language;
import dev.codelive.exec.language.Toolchain;
import dev.codelive.exec.language.Toolchains;
import dev.codelive.exec.run.Runner;
import dev.codelive.exec.run.RunningExecutions;
import dev.codelive.exec.sandbox.Sandbox;
import dev.codelive.platform.admin.Modes;
import dev.codelive.platform.auth.AuthenticationGate;
import dev.codelive.platform.auth.User;
import dev.codelive.platform.execution.ProgramRunner;
import dev.codelive.platform.flags.FlagDefinition;
import dev.codelive.platform.health.CheckResult;
import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The execute API: {@code POST /api/execute}, {@code GET /api/execute/languages}, and an admin's stop for running
 * executions. Registers the sandbox's readiness check, the per-language flags, and the kill switch: switching the
 * {@value #CAPABILITY} capability off refuses new runs at once (the platform's mode gate) and kills running ones here.
 */
public final class ExecModule implements ServerModule {
    /** The capability name of the platform's kill switch for execution. */
    public static final String CAPABILITY = "execute";
    /** Published so that every replica stops its running executions. */
    static final String KILL_RUNNING = "exec.kill_running";
    private static final Logger LOG = LoggerFactory.getLogger(ExecModule.class);
    private static final long BODY_ENVELOPE_BYTES = 8192;
    private static final int JSON_ESCAPE_GROWTH = 6;

    private final ExecPolicy policy;
    private final Sandbox sandbox;
    private final Supplier<Optional<String>> sandboxUnavailable;
    private final Toolchains toolchains;
    private final RunningExecutions running;
    private final ExecutionSlots slots;
    private final Runner runner;
    private final ExecutionRecorder recorder;

    /**
     * @param sandboxUnavailable why no code can run here, if none can (asked on every request: cheap)
     * @param recorder the execution log
     */
    public ExecModule(ExecPolicy policy, Sandbox sandbox, Supplier<Optional<String>> sandboxUnavailable, Toolchains toolchains,
            RunningExecutions running, int maxConcurrent, Runner runner, ExecutionRecorder recorder) {
        this.policy = policy;
        this.sandbox = sandbox;
        this.sandboxUnavailable = sandboxUnavailable;
        this.toolchains = toolchains;
        this.running = running;
        this.slots = new ExecutionSlots(maxConcurrent, policy.uidBase(), policy.queue().maxWaiting(),
                java.time.Duration.ofMillis(policy.queue().maxWaitMs()));
        this.runner = runner;
        this.recorder = recorder;
    }

    @Override
    public void register(Platform platform) {
        // sqlite_script shares sql's flag, so each flag is declared once; the policy may still override any of them.
        Arrays.stream(Language.values()).map(Language::flag).distinct().forEach(flag -> platform.flags()
                .declare(FlagDefinition.on(flag, "Running " + flag.substring(0, flag.indexOf("_execution")) + " in the live execution sandbox")));
        ExecutionMetrics metrics = new ExecutionMetrics(platform.metrics(), slots);
        ExecutionService service = new ExecutionService(runner, slots, platform.flags(), toolchains, sandboxUnavailable, metrics,
                recorder, platform.audit(), policy);
        platform.services().provide(ProgramRunner.class, killSwitched(platform, service));
        platform.readiness().addCheck("sandbox", () -> sandboxUnavailable.get().map(CheckResult::degraded).orElseGet(CheckResult::ok));
        watchKillSwitch(platform);

        long maxBody = (policy.maxCodeBytes() + (long) policy.maxStdinBytes()) * JSON_ESCAPE_GROWTH + BODY_ENVELOPE_BYTES;
        platform.addRoute(Route.post("/api/execute")
                .summary("Run code in the sandbox: python, javascript, typescript, sql, rust, go, csharp or sqlite_script")
                .tag("execution")
                .publicAccess()
                .capability(CAPABILITY)
                .rateClass("execute")
                .maxBodyBytes(maxBody)
                .jsonBody(freeObject("language, code, stdin?, args? [], limits? {timeout_ms, memory_mb, output_kb} (capped by the "
                        + "policy), and for sql: dialect? (sqlite), dataset? (sample), row_cap?; sqlite_script is a script for sqlite3 -batch "
                        + "-noheader on an empty in-memory database (its input: stdin and args are not used)"))
                .json(200, "What the run did", freeObject("status (ok | runtime_error | compile_error | timeout | memory_limit | "
                        + "output_limit | killed), exit_code, signal, stdout, stderr, truncated {stdout, stderr, rows?}, timings_ms {queue, "
                        + "compile, run}, memory_kb, build_cached, execution_id; sql also result {columns, rows} and results []"))
                .responds(401, "Not signed in, where the policy requires it", "application/problem+json")
                .responds(403, "The language's feature flag is off for the caller", "application/problem+json")
                .responds(422, "Invalid request, field by field", "application/problem+json")
                .responds(429, "Rate limited, or every sandbox busy and the queue full (Retry-After)", "application/problem+json")
                .responds(503, "No working sandbox on this server, the language's toolchain missing, or execution switched off",
                        "application/problem+json")
                .handler(ctx -> execute(ctx, platform, service)));
        platform.addRoute(Route.get("/api/execute/languages")
                .summary("The languages, their toolchains on this host, the limits, and whether the sandbox works")
                .tag("execution")
                .publicAccess()
                .json(200, "Languages and limits", freeObject("languages [{name, available, toolchain, detail, compiled, flag, enabled}], "
                        + "limits {default, max}, sandbox {available, detail, enforcement}, concurrency {max, active, waiting}"))
                .handler(ctx -> ctx.json(languages(platform, AuthenticationGate.currentUser(ctx)))));
        platform.addRoute(Route.delete("/api/admin/executions/running")
                .summary("Kill every running execution, on every replica")
                .tag("execution")
                .adminOnly()
                .json(200, "How many were killed here", freeObject("killed"))
                .handler(ctx -> {
                    Instant now = Instant.now();
                    int killed = running.killStartedBefore(now);
                    platform.events().publish(KILL_RUNNING, Map.of("by", AuthenticationGate.user(ctx).id(), "before", now.toString()));
                    platform.audit().record(ctx, "execution.killed_running", true, AuthenticationGate.user(ctx).id(), "executions",
                            killed + " on this replica");
                    ctx.json(Map.of("killed", killed));
                }));
    }

    private void execute(Context ctx, Platform platform, ExecutionService service) {
        JsonNode body = platform.bodies().read(ctx, JsonNode.class);
        ExecuteRequest.Parsed parsed = ExecuteRequest.read(body, policy);
        if (!parsed.errors().isEmpty()) {
            throw Problem.validation(parsed.errors()).toException();
        }
        Optional<User> caller = AuthenticationGate.currentUser(ctx);
        ExecutionService.Executed executed = service.execute(parsed.order(), caller, "api");
        Map<String, Object> json = new LinkedHashMap<>(executed.report().json());
        json.put("execution_id", executed.id());
        ctx.json(json);
    }

    /**
     * The runner other capabilities call: their routes are not this capability's, so the platform's mode gate does not
     * guard them, and switching execution off must still refuse their runs, as it refuses {@code POST /api/execute}.
     */
    private static ProgramRunner killSwitched(Platform platform, ProgramRunner service) {
        return (language, source, caller) -> {
            if (!platform.modes().capabilityEnabled(CAPABILITY)) {
                throw new ProblemException(Problem.of(ProblemType.UNAVAILABLE, "'" + CAPABILITY + "' is switched off by an admin"),
                        Map.of("Retry-After", "60"));
            }
            return service.run(language, source, caller);
        };
    }

    /** The kill switch also stops what is running: on this replica when told, on others through the event bus. */
    private void watchKillSwitch(Platform platform) {
        platform.events().subscribe(Modes.CHANGED, event -> {
            if (!platform.modes().capabilityEnabled(CAPABILITY)) {
                int killed = running.killAll();
                if (killed > 0) {
                    LOG.warn("execution was switched off: killed {} running execution(s)", killed);
                }
            }
        });
        platform.events().subscribe(KILL_RUNNING, event -> {
            try {
                running.killStartedBefore(Instant.parse(event.payload().path("before").asText()));
            } catch (java.time.format.DateTimeParseException e) {
                LOG.warn("ignored a malformed {} event: {}", KILL_RUNNING, event.payload());
            }
        });
    }

    private Map<String, Object> languages(Platform platform, Optional<User> caller) {
        List<Map<String, Object>> languages = java.util.Arrays.stream(Language.values()).map(language -> {
            Toolchain toolchain = toolchains.of(language);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", language.wire());
            json.put("available", toolchain.available());
            json.put("toolchain", toolchain.available() ? toolchain.version() : null);
            json.put("detail", toolchain.missing().orElse(null));
            json.put("compiled", language.compiled());
            json.put("flag", language.flag());
            json.put("enabled", platform.flags().isOn(language.flag(), caller));
            return json;
        }).toList();
        Optional<String> unavailable = sandboxUnavailable.get();
        Map<String, Object> sandboxJson = new LinkedHashMap<>();
        sandboxJson.put("available", unavailable.isEmpty());
        sandboxJson.put("detail", unavailable.orElse(null));
        sandboxJson.put("enforcement", sandbox.enforcement());
        return Map.of("languages", languages,
                "limits", Map.of("default", limits(policy.limits().defaults()), "max", limits(policy.limits().max())),
                "sandbox", sandboxJson,
                "concurrency", Map.of("max", slots.capacity(), "active", slots.active(), "waiting", slots.waiting()));
    }

    private static Map<String, Object> limits(ExecPolicy.RunLimit limit) {
        return Map.of("timeout_ms", limit.timeoutMs(), "memory_mb", limit.memoryMb(), "output_kb", limit.outputKb());
    }
}
