package dev.codelive.codelive.api;

import static dev.codelive.platform.http.route.Schemas.freeObject;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.codelive.CodeLivePolicy;
import dev.codelive.codelive.backend.BackendInfo;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.render.Renderer;
import dev.codelive.codelive.render.Rendering;
import dev.codelive.codelive.runtime.EvaluationBudgetException;
import dev.codelive.platform.auth.AuthenticationGate;
import dev.codelive.platform.http.FieldError;
import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.RequestObservation;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Code Live's render API: {@code POST /render} renders one track, {@code POST /render/batch} up to the policy's
 * {@code batch_max_tracks} concurrently (a bad track is an error in its place, not a failed batch), and
 * {@code GET /render/backends} describes the backends. A track with {@code "execute": true} also runs its program in
 * the live-execution sandbox, when the server has one ({@link TrackExecution}).
 */
public final class CodeLiveModule implements ServerModule {
    private static final Logger LOG = LoggerFactory.getLogger(CodeLiveModule.class);
    /** JSON escapes may grow code to six times its size; the rest of a track is a few knobs. */
    private static final int JSON_ESCAPE_GROWTH = 6;
    private static final long TRACK_ENVELOPE_BYTES = 4096;
    private static final String WARM_UP = "def f(n):\n    return sum(i * i for i in range(n))\nprint(f(10), [x / 2 for x in range(3)])";

    private static final Map<String, Object> KNOB_DOCS = Map.of(
            "parallel", Map.of("type", "boolean", "default", false, "description", "parallel reductions, comprehensions and accumulator "
                    + "loops where no iteration depends on another; otherwise the sequential form and a fallback saying why"),
            "threads", Map.of("type", "integer", "minimum", 1, "maximum", Knobs.MAX_THREADS, "default", Knobs.DEFAULTS.threads()),
            "unsafe", Map.of("type", "boolean", "default", false, "description", "drop checks the reference run proved unnecessary; "
                    + "each dropped check is listed in warnings"),
            "optimizations", Map.of("type", "array", "items", List.of("constant_folding", "closed_forms"), "default", List.of()),
            "dialect", Map.of("type", "string", "enum", List.of("sqlite", "postgres"), "default", "sqlite", "description", "sql only"));

    private final Renderer renderer;
    private final CodeLivePolicy policy;
    private final int maxTracks;
    private final long maxTrackBody;

    public CodeLiveModule(Renderer renderer, CodeLivePolicy policy) {
        this.renderer = renderer;
        this.policy = policy;
        this.maxTracks = policy.batchMaxTracks();
        this.maxTrackBody = (long) policy.snippet().maxBytes() * JSON_ESCAPE_GROWTH + TRACK_ENVELOPE_BYTES;
    }

    @Override
    public void register(Platform platform) {
        RenderMetrics metrics = new RenderMetrics(platform.metrics(), new LinkedHashSet<>(renderer.backendNames()));
        TrackExecution execution = new TrackExecution(platform.services(), platform.rateLimiter(), new LinkedHashSet<>(renderer.backendNames()),
                metrics);
        warmUp();
        Map<String, Object> rendering = freeObject("backend, source, expected_output, warnings [], fallback (null or {from, reason, code}), "
                + "timings_ms {parse, evaluate, analyze, generate}; with execute: execution (as POST /api/execute answers: status, stdout, "
                + "stderr, exit_code, timings_ms, execution_id…) and verified (status ok and stdout exactly expected_output)");
        platform.addRoute(Route.post("/render")
                .summary("Render a Python snippet for one backend, tuned by knobs")
                .tag("codelive")
                .publicAccess()
                .capability("codelive")
                .rateClass("render")
                .maxBodyBytes(maxTrackBody)
                .jsonBody(freeObject("backend (" + String.join(" | ", renderer.backendNames()) + "), code (Python, at most " + policy.snippet().maxBytes() + " bytes), knobs {"
                        + String.join(", ", TrackRequest.KNOBS) + "} (each knob may also be given at the top level), execute (boolean, "
                        + "default false, top level only: also compile and run the program in the live-execution sandbox, for "
                        + TrackExecution.EXECUTABLE + "; each run counts against the execute rate class)"))
                .json(200, "The rendered program and the output CPython would print", rendering)
                .responds(400, "Unknown backend (the valid ones are listed), or malformed JSON", "application/problem+json")
                .responds(403, "execute: the language's execution feature flag is off for the caller (as POST /api/execute)",
                        "application/problem+json")
                .responds(422, "Invalid knobs, or a snippet that cannot be rendered: syntax error, unsupported construct, type conflict, "
                        + "over a limit, raises, exceeds the evaluation budget, or refused by this backend (with line and column); "
                        + "execute for a backend whose programs cannot run here (julia, sql with dialect postgres)",
                        "application/problem+json")
                .responds(429, "Rate limited (render, or execute for a run), or every sandbox busy (Retry-After)", "application/problem+json")
                .responds(503, "execute: code execution is not part of this server, or no working sandbox, the toolchain missing, "
                        + "or execution switched off", "application/problem+json")
                .handler(ctx -> ctx.json(renderOne(platform.bodies().read(ctx, JsonNode.class), metrics, execution, caller(ctx)))));
        platform.addRoute(Route.post("/render/batch")
                .summary("Render up to " + maxTracks + " tracks concurrently; each result in its place, a bad track as an error entry")
                .tag("codelive")
                .publicAccess()
                .capability("codelive")
                .rateClass("render")
                .maxBodyBytes(maxTrackBody * maxTracks)
                .jsonBody(freeObject("tracks: [1.." + maxTracks + " tracks as POST /render takes them, execute included]"))
                .json(200, "One result per track, in order: {index, status, ...rendering} or {index, status, error: problem}; each "
                        + "track with execute runs on its own, and a refused run (403, 429 with retry_after, 503) is that track's error",
                        freeObject("results"))
                .responds(422, "No tracks, or more than " + maxTracks, "application/problem+json")
                .handler(ctx -> batch(ctx, platform, metrics, execution)));
        platform.addRoute(Route.get("/render/backends")
                .summary("The backends: language, toolchain, knobs honoured and constructs refused")
                .tag("codelive")
                .publicAccess()
                .capability("codelive")
                .json(200, "The backends and the knobs", freeObject("backends [], knobs {}"))
                .handler(ctx -> ctx.json(Map.of("backends", renderer.backends().stream().map(CodeLiveModule::describe).toList(),
                        "knobs", KNOB_DOCS))));
    }

    /** The first parse of a cold JVM takes longer than the parse deadline; one render per backend at start pays it. */
    private void warmUp() {
        for (String backend : renderer.backendNames()) {
            try {
                renderer.render(backend, WARM_UP, Knobs.DEFAULTS);
            } catch (RuntimeException e) {
                LOG.warn("warm-up render for {} failed", backend, e);
            }
        }
    }

    /** The caller, as the platform's rate-limit gate keys it: by user when signed in, else by client address. */
    private static TrackExecution.Caller caller(Context ctx) {
        RequestObservation observation = RequestObservation.of(ctx);
        String subject = observation.userId() != null ? "user:" + observation.userId() : "ip:" + observation.clientIp();
        return new TrackExecution.Caller(AuthenticationGate.currentUser(ctx), subject);
    }

    private Map<String, Object> renderOne(JsonNode body, RenderMetrics metrics, TrackExecution execution, TrackExecution.Caller caller) {
        TrackRequest track = TrackRequest.read(body, "", policy.snippet().maxBytes());
        if (!track.valid()) {
            metrics.rendered(track.backend(), RenderMetrics.Status.INVALID, 0);
            throw Problem.validation(track.errors()).toException();
        }
        // Before rendering: a program that cannot run is not worth rendering for an execute request.
        Optional<TrackExecution.Admitted> admitted = track.execute() ? execution.admit(track.backend(), track.knobs()) : Optional.empty();
        Rendering rendering = render(track, metrics);
        Map<String, Object> json = json(rendering);
        // Outside render's failure mapping, so that the runner's refusals keep their headers (Retry-After).
        admitted.ifPresent(run -> json.putAll(execution.run(run, rendering, caller)));
        return json;
    }

    private Rendering render(TrackRequest track, RenderMetrics metrics) {
        long start = System.nanoTime();
        try {
            Rendering rendering = renderer.render(track.backend(), track.code(), track.knobs());
            if (rendering.source().length() > policy.maxProgramChars()) {
                throw Problem.validation(List.of(new FieldError("code", "renders to a program over " + policy.maxProgramChars() + " characters")))
                        .toException();
            }
            metrics.rendered(track.backend(), RenderMetrics.Status.OK, System.nanoTime() - start);
            rendering.fallback().ifPresent(fallback -> metrics.fellBack(track.backend(), fallback));
            return rendering;
        } catch (RuntimeException failure) {
            Problem problem = RenderProblems.of(failure).orElseThrow(() -> failure);
            RenderMetrics.Status status = failure instanceof EvaluationBudgetException ? RenderMetrics.Status.BUDGET
                    : problem.status() == 422 ? RenderMetrics.Status.REFUSED : RenderMetrics.Status.INVALID;
            metrics.rendered(track.backend(), status, System.nanoTime() - start);
            throw problem.toException();
        }
    }

    private void batch(Context ctx, Platform platform, RenderMetrics metrics, TrackExecution execution) {
        JsonNode body = platform.bodies().read(ctx, JsonNode.class);
        JsonNode tracks = body == null ? null : body.get("tracks");
        if (tracks == null || !tracks.isArray() || tracks.isEmpty() || tracks.size() > maxTracks) {
            throw Problem.validation(List.of(new FieldError("tracks", "must be a list of 1 to " + maxTracks + " tracks"))).toException();
        }
        TrackExecution.Caller caller = caller(ctx);
        List<Map<String, Object>> results = new ArrayList<>();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Map<String, Object>>> futures = new ArrayList<>();
            for (JsonNode track : tracks) {
                futures.add(workers.submit(() -> renderOne(track, metrics, execution, caller)));
            }
            for (int i = 0; i < futures.size(); i++) {
                results.add(result(i, futures.get(i)));
            }
        }
        ctx.json(Map.of("results", results));
    }

    private static Map<String, Object> result(int index, Future<Map<String, Object>> future) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("index", index);
        try {
            Map<String, Object> rendering = future.get();
            result.put("status", 200);
            result.putAll(rendering);
        } catch (ExecutionException e) {
            Problem problem;
            if (e.getCause() instanceof ProblemException reported) {
                // A header cannot belong to one track, so a refused run's Retry-After goes into its entry.
                problem = reported.headers().containsKey("Retry-After")
                        ? reported.problem().withExtension("retry_after", Long.parseLong(reported.headers().get("Retry-After")))
                        : reported.problem();
            } else {
                // A bug, not the track's fault: the other tracks still answer, and the log has the trace.
                LOG.error("rendering track {} of a batch failed", index, e.getCause());
                problem = Problem.of(ProblemType.INTERNAL_ERROR, "rendering this track failed unexpectedly");
            }
            result.put("status", problem.status());
            result.put("error", problemJson(problem));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering a batch", e);
        }
        return result;
    }

    private static Map<String, Object> problemJson(Problem problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", problem.type());
        json.put("title", problem.title());
        json.put("status", problem.status());
        json.put("detail", problem.detail());
        if (!problem.errors().isEmpty()) {
            json.put("errors", problem.errors().stream().map(error -> Map.of("field", error.field(), "message", error.message())).toList());
        }
        json.putAll(problem.extensions());
        return json;
    }

    private static Map<String, Object> json(Rendering rendering) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("backend", rendering.backend());
        json.put("source", rendering.source());
        json.put("expected_output", rendering.expectedOutput());
        json.put("warnings", rendering.warnings());
        json.put("fallback", rendering.fallback().map(f -> Map.of("from", f.from(), "reason", f.reason(), "code", f.code())).orElse(null));
        Rendering.Timings timings = rendering.timings();
        json.put("timings_ms", Map.of("parse", timings.parseMs(), "evaluate", timings.evaluateMs(), "analyze", timings.analyzeMs(),
                "generate", timings.generateMs()));
        return json;
    }

    private static Map<String, Object> describe(BackendInfo info) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", info.name());
        json.put("language", info.language());
        json.put("toolchain", info.toolchain());
        json.put("knobs", info.knobs());
        json.put("refuses", info.refuses());
        return json;
    }
}
