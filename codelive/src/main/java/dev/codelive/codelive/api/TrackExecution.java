package dev.codelive.codelive.api;

import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.knobs.SqlDialect;
import dev.codelive.codelive.render.Rendering;
import dev.codelive.platform.auth.User;
import dev.codelive.platform.execution.ProgramRun;
import dev.codelive.platform.execution.ProgramRunner;
import dev.codelive.platform.http.FieldError;
import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.ratelimit.RateLimitDecision;
import dev.codelive.platform.ratelimit.RateLimiter;
import dev.codelive.platform.server.Services;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code "execute": true}: runs what a track rendered in the live-execution sandbox and says whether it printed exactly
 * what CPython prints. The sandbox belongs to another capability, reached through {@link ProgramRunner}, looked up on
 * each request (module order does not matter, and a server without execution answers 503). Its refusals (403 flag
 * off, 429 busy, 503 no sandbox or switched off) reach the caller as they are.
 */
final class TrackExecution {
    /** Each run costs a token of the execute API's rate class, so that rendering is no way around it. */
    static final String RATE_CLASS = "execute";
    /** What the sandbox can run, as the 422 for the rest says. */
    static final String EXECUTABLE = "rust, ts, go, csharp, and sql with dialect sqlite";
    private static final List<String> EXECUTABLE_BACKENDS = List.of("rust", "ts", "go", "csharp", "sql");
    private static final Logger LOG = LoggerFactory.getLogger(TrackExecution.class);

    private final Services services;
    private final RateLimiter limiter;
    private final Set<String> backends;
    private final RenderMetrics metrics;

    /** @param backends the renderer's backends: an unknown one is the renderer's 400 to give, not a 422 here */
    TrackExecution(Services services, RateLimiter limiter, Set<String> backends, RenderMetrics metrics) {
        this.services = services;
        this.limiter = limiter;
        this.backends = Set.copyOf(backends);
        this.metrics = metrics;
    }

    /**
     * Who asks, read on the request's thread (a batch renders on others).
     *
     * @param rateSubject the rate-limit key the platform's gate uses for this caller
     */
    record Caller(Optional<User> user, String rateSubject) {}

    /** A track that may run, with the runner and language it will run in. */
    record Admitted(ProgramRunner runner, String language) {}

    /** The sandbox's language for a backend's programs, if it can run them. */
    static Optional<String> language(String backend, Knobs knobs) {
        return Optional.ofNullable(switch (backend) {
            case "rust" -> "rust";
            case "ts" -> "typescript";
            case "go" -> "go";
            case "csharp" -> "csharp";
            // The sqlite script is one for the SQLite shell (dot-commands and all), not for the sql language's driver.
            case "sql" -> knobs.dialect() == SqlDialect.SQLITE ? "sqlite_script" : null;
            default -> null;
        });
    }

    /**
     * Refuses, before rendering, a track whose program cannot run here; empty for an unknown backend, which the
     * renderer refuses with the list of valid ones.
     */
    Optional<Admitted> admit(String backend, Knobs knobs) {
        if (!backends.contains(backend)) {
            return Optional.empty();
        }
        String what = backend.equals("sql") ? "sql with dialect " + knobs.dialect().knob() : backend;
        String language = language(backend, knobs).orElseThrow(() -> new Problem("/problems/not-executable",
                "Cannot execute this backend's programs", 422, "this backend's programs cannot be executed here: " + what
                        + " has no runner in the sandbox; executable: " + EXECUTABLE,
                List.of(new FieldError("execute", "cannot be true for " + what + "; executable: " + EXECUTABLE)),
                Map.of("executable_backends", EXECUTABLE_BACKENDS)).toException());
        ProgramRunner runner = services.find(ProgramRunner.class).orElseThrow(
                () -> ProblemException.of(ProblemType.UNAVAILABLE, "code execution is not part of this server"));
        return Optional.of(new Admitted(runner, language));
    }

    /** Runs the rendered program: {@code execution} (as {@code POST /api/execute} answers) and {@code verified}. */
    Map<String, Object> run(Admitted admitted, Rendering rendering, Caller caller) {
        drawToken(caller);
        ProgramRun run = admitted.runner().run(admitted.language(), rendering.source(), caller.user());
        boolean verified = run.status().equals("ok") && run.stdout().equals(rendering.expectedOutput());
        metrics.executed(rendering.backend(), run.status(), verified);
        if (run.status().equals("ok") && !verified) {
            // The program ran and printed something else than CPython: a Code Live bug, findable in the execution log.
            LOG.warn("a rendered {} program printed other output than CPython (execution {})", rendering.backend(),
                    run.report().get("execution_id"));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("execution", run.report());
        json.put("verified", verified);
        return json;
    }

    private void drawToken(Caller caller) {
        if (!limiter.knows(RATE_CLASS)) {
            return;
        }
        RateLimitDecision decision;
        try {
            decision = limiter.tryConsume(RATE_CLASS, caller.rateSubject());
        } catch (RuntimeException e) {
            // As the platform's gate does: an unreachable limiter store lets requests through rather than refuse all.
            LOG.debug("rate-limit store unavailable for an execution from a render: {}", e.getMessage());
            return;
        }
        if (!decision.allowed()) {
            throw new ProblemException(Problem.of(ProblemType.RATE_LIMITED, "rate limit '" + RATE_CLASS + "' exceeded (running code "
                    + "costs what POST /api/execute costs); retry in " + decision.retryAfterSeconds() + " s"),
                    Map.of("Retry-After", Long.toString(decision.retryAfterSeconds())));
        }
    }
}
