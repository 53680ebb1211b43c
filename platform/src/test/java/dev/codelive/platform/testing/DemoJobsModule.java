package dev.codelive.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.auth.AuthenticationGate;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.http.route.Schemas;
import dev.codelive.platform.jobs.Job;
import dev.codelive.platform.jobs.JobContext;
import dev.codelive.platform.jobs.JobFailure;
import dev.codelive.platform.jobs.JobOptions;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import java.time.Duration;
import java.util.Map;

/**
 * A test-only queue, {@code demo}, whose handler does what its payload says, and {@code POST /test/jobs} to enqueue
 * jobs as the signed-in user on any queue (a queue with no handler anywhere keeps its jobs QUEUED).
 *
 * <p>Payload: {@code steps} progress steps spread over {@code sleep_ms}; {@code fail_times} failing attempts first
 * ({@code permanent} ones, or {@code unexpected} exceptions rather than {@link JobFailure}s); {@code wait_for_cancel}
 * to run until cancelled; {@code ignore_interrupts} to sleep through interrupts.
 */
public final class DemoJobsModule implements ServerModule {
    public static final String QUEUE = "demo";
    /** Fast leases, polls and retries, and no rate limits: for tests of the queue. */
    public static final String POLICY = """
            jobs: { lease_seconds: 2, poll_interval_ms: 50, backoff_base_ms: 100, backoff_max_ms: 400, stats_refresh_ms: 200 }
            rate_limits:
              api: { rate: 1000000, per: second, burst: 1000000 }
              login: { rate: 1000000, per: second, burst: 1000000 }
              login_account: { rate: 1000000, per: second, burst: 1000000 }
              signup: { rate: 1000000, per: second, burst: 1000000 }
            """;

    private final JobRecorder recorder;
    private final String replica;

    public DemoJobsModule(JobRecorder recorder, String replica) {
        this.recorder = recorder;
        this.replica = replica;
    }

    public DemoJobsModule() {
        this(new JobRecorder(), "single");
    }

    @Override
    public void register(Platform platform) {
        platform.jobs().register(QUEUE, this::run);
        platform.addRoute(Route.post("/test/jobs")
                .summary("Enqueues a job as the caller: {queue?, idempotency_key?, max_attempts?, payload}")
                .tag("test")
                .jsonBody(Schemas.freeObject("queue, idempotency_key, max_attempts, payload"))
                .json(202, "The job", Schemas.freeObject("id, state"))
                .handler(ctx -> {
                    JsonNode body = platform.bodies().read(ctx, JsonNode.class);
                    JobOptions options = body.has("max_attempts") ? JobOptions.DEFAULTS.withMaxAttempts(body.get("max_attempts").asInt()) : JobOptions.DEFAULTS;
                    Job job = platform.jobs().enqueue(body.path("queue").asText(QUEUE), AuthenticationGate.user(ctx).id(),
                            body.has("idempotency_key") ? body.get("idempotency_key").asText() : null,
                            body.has("payload") ? body.get("payload") : Map.of(), options);
                    ctx.status(202).json(Map.of("id", job.id(), "state", job.state()));
                }));
    }

    private Object run(JobContext context) throws Exception {
        JsonNode payload = context.payload();
        long start = recorder.started(context.jobId());
        try {
            int steps = payload.path("steps").asInt(1);
            long sleep = payload.path("sleep_ms").asLong(0);
            for (int step = 1; step <= steps; step++) {
                sleep(sleep / steps, payload.path("ignore_interrupts").asBoolean());
                context.progress((double) step / steps, "step " + step + " of " + steps);
                context.checkpoint();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (payload.path("wait_for_cancel").asBoolean() && System.nanoTime() < deadline) {
                context.checkpoint();
                Thread.sleep(10);
            }
            if (context.attempt() <= payload.path("fail_times").asInt(0)) {
                if (payload.path("unexpected").asBoolean()) {
                    throw new IllegalStateException("internal detail that must not reach the owner");
                }
                throw payload.path("permanent").asBoolean()
                        ? JobFailure.permanent("demo: refused for good")
                        : JobFailure.retryable("demo: failing attempt " + context.attempt());
            }
            return Map.of("echo", payload.path("echo").asText(""), "attempt", context.attempt(), "replica", replica);
        } finally {
            recorder.ended(context.jobId(), replica, context.attempt(), start);
        }
    }

    private static void sleep(long millis, boolean ignoreInterrupts) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMillis(millis).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                if (!ignoreInterrupts) {
                    throw e;
                }
            }
        }
    }
}
