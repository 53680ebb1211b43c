package dev.codelive.exec.api;

import dev.codelive.exec.ExecPolicy;
import dev.codelive.exec.language.Language;
import dev.codelive.exec.language.Toolchain;
import dev.codelive.exec.language.Toolchains;
import dev.codelive.exec.run.ExecutionOrder;
import dev.codelive.exec.run.ExecutionReport;
import dev.codelive.exec.run.LanguageUnavailableException;
import dev.codelive.exec.run.Runner;
import dev.codelive.platform.audit.AuditLog;
import dev.codelive.platform.auth.User;
import dev.codelive.platform.execution.ProgramRun;
import dev.codelive.platform.execution.ProgramRunner;
import dev.codelive.platform.flags.FeatureFlags;
import dev.codelive.platform.http.FieldError;
import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Everything between a valid order and its report: who may run what (sign-in, the language's flag, the sandbox and
 * the toolchain being there), the concurrency limit, the run itself, its metrics and its entry in the execution log.
 * Refusals are problems, audited where they concern security.
 */
final class ExecutionService implements ProgramRunner {
    private final Runner runner;
    private final ExecutionSlots slots;
    private final FeatureFlags flags;
    private final Toolchains toolchains;
    private final Supplier<Optional<String>> sandboxUnavailable;
    private final ExecutionMetrics metrics;
    private final ExecutionRecorder recorder;
    private final AuditLog audit;
    private final ExecPolicy policy;

    ExecutionService(Runner runner, ExecutionSlots slots, FeatureFlags flags, Toolchains toolchains,
            Supplier<Optional<String>> sandboxUnavailable, ExecutionMetrics metrics, ExecutionRecorder recorder, AuditLog audit,
            ExecPolicy policy) {
        this.runner = runner;
        this.slots = slots;
        this.flags = flags;
        this.toolchains = toolchains;
        this.sandboxUnavailable = sandboxUnavailable;
        this.metrics = metrics;
        this.recorder = recorder;
        this.audit = audit;
        this.policy = policy;
    }

    /** The report, with the id of its entry in the execution log. */
    record Executed(String id, ExecutionReport report) {}

    Executed execute(ExecutionOrder order, Optional<User> caller, String origin) {
        admit(order.language(), caller);
        long queued = System.nanoTime();
        OptionalInt slot;
        try {
            slot = slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.of(ProblemType.UNAVAILABLE, "the server is stopping");
        }
        if (slot.isEmpty()) {
            metrics.refused("busy");
            long retry = Math.max(1, slots.maxWait().toSeconds());
            throw new ProblemException(Problem.of(ProblemType.RATE_LIMITED, "all " + slots.capacity() + " sandboxes are busy and "
                    + "the queue is full: try again shortly"), Map.of("Retry-After", Long.toString(retry)));
        }
        long queueMs = (System.nanoTime() - queued) / 1_000_000;
        ExecutionReport report;
        try {
            report = runner.run(order, slot.getAsInt()).withQueueMs(queueMs);
        } catch (LanguageUnavailableException e) {
            metrics.refused("toolchain_missing");
            throw ProblemException.of(ProblemType.UNAVAILABLE, order.language().wire() + " cannot run on this server: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.of(ProblemType.UNAVAILABLE, "the server is stopping");
        } finally {
            slots.release(slot.getAsInt());
        }
        metrics.executed(order.language(), report);
        return new Executed(recorder.record(order, caller, report, origin), report);
    }

    /** Refuses, before any waiting, what may not run at all. */
    private void admit(Language language, Optional<User> caller) {
        if (caller.isEmpty() && !policy.allowAnonymous()) {
            metrics.refused("anonymous");
            throw ProblemException.of(ProblemType.UNAUTHORIZED, "sign in to run code");
        }
        Optional<String> unavailable = sandboxUnavailable.get();
        if (unavailable.isPresent()) {
            metrics.refused("no_sandbox");
            throw new ProblemException(Problem.of(ProblemType.UNAVAILABLE, "code execution is off on this server: " + unavailable.get()),
                    Map.of("Retry-After", "300"));
        }
        if (!flags.isOn(language.flag(), caller)) {
            metrics.refused("flag_off");
            audit.recordSystem("execution.refused", caller.map(User::id).orElse("anonymous"), "feature flag " + language.flag() + " is off");
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN, "running " + language.wire() + " is switched off (feature flag "
                    + language.flag() + ")").withExtension("flag", language.flag()), Map.of());
        }
        Toolchain toolchain = toolchains.of(language);
        if (!toolchain.available()) {
            metrics.refused("toolchain_missing");
            throw ProblemException.of(ProblemType.UNAVAILABLE, language.wire() + " cannot run on this server: " + toolchain.missing().orElseThrow());
        }
    }

    /** For other capabilities (Code Live's render with {@code execute}): the policy's default limits. */
    @Override
    public ProgramRun run(String languageName, String source, Optional<User> caller) {
        Language language = Language.of(languageName).orElseThrow(() -> Problem.validation(List.of(new FieldError("language",
                "must be one of " + ExecuteRequest.LANGUAGES))).toException());
        ExecutionOrder order = new ExecutionOrder(language, source, "", List.of(), policy.defaultRunLimits(), policy.defaultSqlOptions());
        Executed executed = execute(order, caller, "render");
        Map<String, Object> report = new LinkedHashMap<>(executed.report().json());
        report.put("execution_id", executed.id());
        return new ProgramRun(executed.report().status().wire(), executed.report().stdout(), report);
    }
}
