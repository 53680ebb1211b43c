package dev.codelive.platform.jobs;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.testing.DemoJobsModule;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.JobApi;
import dev.codelive.platform.testing.JobRecorder;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.ServerOnEachDatabase;
import dev.codelive.platform.testing.TestDatabase.Kind;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The job queue end to end through HTTP and the module API, on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class JobQueueTest extends ServerOnEachDatabase {
    static final String ADMIN = "jobs-admin-token-0123456789abcdefghijklmnop";
    /** A queue with no handler anywhere: its jobs stay QUEUED. */
    static final String PARKED = "parked";

    private final JobRecorder recorder = new JobRecorder();
    private JobApi alice;
    private JobApi bob;
    private JobApi admin;

    JobQueueTest(Kind kind) {
        super(kind);
    }

    @Override
    protected void configure(TestServer.Builder builder) {
        builder.env("ADMIN_TOKEN", ADMIN).env("SHUTDOWN_DRAIN_SECONDS", "1").policy(DemoJobsModule.POLICY)
                .module(new DemoJobsModule(recorder, "single"));
    }

    @BeforeEach
    void users() {
        alice = JobApi.signUp(server);
        bob = JobApi.signUp(server);
        admin = new JobApi("http://127.0.0.1:" + server.port(), ADMIN);
    }

    private String userId(JobApi user) {
        return Json.parse(user.get("/api/me").body()).path("id").asText();
    }

    private JobQueue queue() {
        return server.platform().jobs();
    }

    private String metrics() {
        return Http.get(server.uri("/metrics")).body();
    }

    /** Counters move just after the state a client sees, so they are awaited rather than read once. */
    private void assertMetrics(String... lines) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(metrics()).contains(lines));
    }

    @Test
    void aJobRunsThroughItsStatesReportingProgress() {
        String id = alice.enqueue("{\"payload\":{\"steps\":4,\"sleep_ms\":1200,\"echo\":\"hi\"}}");

        JsonNode running = alice.awaitState(id, "RUNNING");
        assertThat(running.path("started_at").asText()).isNotEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode job = alice.job(id);
            assertThat(job.path("progress").asDouble()).isGreaterThan(0);
            assertThat(job.path("progress_message").asText()).startsWith("step ");
        });
        JsonNode done = alice.awaitState(id, "COMPLETE");

        assertThat(done.path("progress").asDouble()).as("percent").isEqualTo(100.0);
        assertThat(done.path("attempts").asInt()).isEqualTo(1);
        assertThat(done.path("result").path("echo").asText()).isEqualTo("hi");
        assertThat(done.path("finished_at").asText()).isNotEmpty();
        assertThat(done.has("payload")).as("the payload stays inside the server").isFalse();
        assertThat(done.has("error")).isFalse();
        String parked = alice.enqueue("{\"queue\":\"parked\",\"payload\":{}}");
        assertThat(alice.job(parked).path("state").asText()).isEqualTo("QUEUED");
    }

    @Test
    void aQueuesPresenterNamesItsRunningStateAndAddsItsDetailsAndProblem() {
        queue().present(DemoJobsModule.QUEUE, new JobPresenter() {
            @Override
            public String runningState() {
                return "RENDERING";
            }

            @Override
            public Map<String, Object> details(Job job) {
                return job.state() == JobState.FAILED
                        ? Map.of("made_by", "demo", "problem", Map.of("type", "/problems/demo-refused", "title", "Refused", "detail", job.error().orElseThrow()))
                        : Map.of("made_by", "demo");
            }
        });
        try {
            String id = alice.enqueue("{\"payload\":{\"steps\":2,\"sleep_ms\":1500}}");
            JsonNode running = alice.awaitState(id, "RENDERING");
            assertThat(running.path("made_by").asText()).isEqualTo("demo");
            assertThat(running.has("problem")).isFalse();

            String refused = alice.enqueue("{\"max_attempts\":1,\"payload\":{\"fail_times\":1,\"permanent\":true}}");
            JsonNode failed = alice.awaitState(refused, "FAILED");
            assertThat(failed.path("problem").path("type").asText()).isEqualTo("/problems/demo-refused");
            assertThat(failed.path("problem").path("detail").asText()).contains("refused for good");
        } finally {
            queue().present(DemoJobsModule.QUEUE, JobPresenter.PLAIN);
        }
        String refused = alice.enqueue("{\"max_attempts\":1,\"payload\":{\"fail_times\":1,\"permanent\":true}}");
        JsonNode failed = alice.awaitState(refused, "FAILED");
        assertThat(failed.path("problem").path("type").asText()).as("the platform's own problem").isEqualTo("/problems/job-failed");
        assertThat(failed.path("problem").path("detail").asText()).isEqualTo(failed.path("error").asText());
        assertThat(failed.has("made_by")).isFalse();
    }

    @Test
    void theSameIdempotencyKeyAnswersTheSameJob() {
        String first = alice.enqueue("{\"queue\":\"parked\",\"idempotency_key\":\"render-42\",\"payload\":{\"n\":1}}");
        String again = alice.enqueue("{\"queue\":\"parked\",\"idempotency_key\":\"render-42\",\"payload\":{\"n\":2}}");
        String otherUser = bob.enqueue("{\"queue\":\"parked\",\"idempotency_key\":\"render-42\",\"payload\":{}}");
        String otherQueue = alice.enqueue("{\"queue\":\"parked.other\",\"idempotency_key\":\"render-42\",\"payload\":{}}");
        String noKey = alice.enqueue("{\"queue\":\"parked\",\"payload\":{}}");

        assertThat(again).isEqualTo(first);
        assertThat(Set.of(first, otherUser, otherQueue, noKey)).hasSize(4);
        assertThat(alice.job(first).path("idempotency_key").asText()).isEqualTo("render-42");
        Job system = queue().enqueue(PARKED, null, "nightly", Map.of());
        assertThat(queue().enqueue(PARKED, null, "nightly", Map.of("other", true)).id())
                .as("system jobs (no owner) are deduplicated too").isEqualTo(system.id());
        assertThat(system.ownerId()).isEmpty();
    }

    @Test
    void concurrentEnqueuesWithOneKeyMakeOneJob() throws Exception {
        String owner = userId(alice);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (String ownerId : new String[] {owner, null}) {
                List<Callable<String>> calls = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    calls.add(() -> queue().enqueue(PARKED, ownerId, "same-key", Map.of("n", 1)).id());
                }
                Set<String> ids = new HashSet<>();
                for (Future<String> future : pool.invokeAll(calls)) {
                    ids.add(future.get());
                }
                assertThat(ids).as("owner %s", ownerId).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
        long rows = server.platform().database().jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM jobs WHERE idempotency_key = 'same-key'").mapTo(Long.class).one());
        assertThat(rows).isEqualTo(2);
    }

    @Test
    void retryableFailuresBackOffExponentiallyThenFailAtTheMaximum() {
        String id = alice.enqueue("{\"max_attempts\":3,\"payload\":{\"fail_times\":10}}");

        JsonNode failed = alice.awaitState(id, "FAILED");

        assertThat(failed.path("attempts").asInt()).isEqualTo(3);
        assertThat(failed.path("error").asText()).isEqualTo("demo: failing attempt 3");
        List<JobRecorder.Attempt> attempts = recorder.attempts(id);
        assertThat(attempts).extracting(JobRecorder.Attempt::attempt).containsExactly(1, 2, 3);
        // Backoff base 100 ms, doubling, equal jitter: the waits are at least 50 ms, then at least 100 ms.
        assertThat(Duration.ofNanos(attempts.get(1).startNanos() - attempts.get(0).endNanos())).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(Duration.ofNanos(attempts.get(2).startNanos() - attempts.get(1).endNanos())).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertMetrics("jobs_retries_total{queue=\"demo\"} 2.0", "jobs_failures_total{queue=\"demo\"} 1.0");
    }

    @Test
    void aRetriedJobCanStillComplete() {
        String id = alice.enqueue("{\"payload\":{\"fail_times\":1}}");

        JsonNode done = alice.awaitState(id, "COMPLETE");

        assertThat(done.path("attempts").asInt()).isEqualTo(2);
        assertThat(done.path("result").path("attempt").asInt()).isEqualTo(2);
        assertThat(done.has("error")).as("a success clears the earlier attempt's error").isFalse();
    }

    @Test
    void aPermanentFailureIsNotRetried() {
        String id = alice.enqueue("{\"payload\":{\"fail_times\":5,\"permanent\":true}}");

        JsonNode failed = alice.awaitState(id, "FAILED");

        assertThat(failed.path("attempts").asInt()).isEqualTo(1);
        assertThat(failed.path("error").asText()).isEqualTo("demo: refused for good");
        assertThat(recorder.attempts(id)).hasSize(1);
        assertMetrics("jobs_retries_total{queue=\"demo\"} 0.0", "jobs_failures_total{queue=\"demo\"} 1.0");
    }

    @Test
    void anUnexpectedExceptionReachesTheOwnerWithoutItsDetails() {
        String id = alice.enqueue("{\"max_attempts\":1,\"payload\":{\"fail_times\":1,\"unexpected\":true}}");

        JsonNode failed = alice.awaitState(id, "FAILED");

        assertThat(failed.path("error").asText()).isEqualTo(JobRunner.UNEXPECTED);
        assertThat(failed.toString()).doesNotContain("internal detail", "Exception");
    }

    @Test
    void aJobWhoseWorkerDiedIsTakenBackAndRunAgain() {
        String owner = userId(alice);
        Instant lapsed = Instant.now().minusSeconds(5);
        insertRunning("11111111-1111-4111-8111-111111111111", owner, 1, 3, lapsed);
        insertRunning("22222222-2222-4222-8222-222222222222", owner, 3, 3, lapsed);
        insertRunning("33333333-3333-4333-8333-333333333333", owner, 1, 3, Instant.now().plusSeconds(3600));

        JsonNode rerun = alice.awaitState("11111111-1111-4111-8111-111111111111", "COMPLETE");
        JsonNode exhausted = alice.awaitState("22222222-2222-4222-8222-222222222222", "FAILED");

        assertThat(rerun.path("attempts").asInt()).as("the lost attempt counts").isEqualTo(2);
        assertThat(rerun.path("result").path("replica").asText()).isEqualTo("single");
        assertThat(exhausted.path("error").asText()).contains("stopped responding");
        assertThat(recorder.attempts("22222222-2222-4222-8222-222222222222")).isEmpty();
        assertThat(alice.job("33333333-3333-4333-8333-333333333333").path("state").asText())
                .as("a live lease is left alone").isEqualTo("RUNNING");
        assertMetrics("jobs_lease_expired_total{queue=\"demo\"} 2.0");
    }

    /** What a worker that died mid-job leaves behind: a RUNNING row whose lease nobody renews. */
    private void insertRunning(String id, String owner, int attempts, int maxAttempts, Instant leaseExpires) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        server.platform().database().jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO jobs (id, queue, owner_id, payload, state, attempts, max_attempts, run_after, lease_owner,
                                          lease_expires_at, created_at, updated_at, started_at)
                        VALUES (:id, 'demo', :owner, '{}', 'RUNNING', :attempts, :max, :now, 'dead-replica/1', :lease, :now, :now, :now)""")
                .bind("id", id).bind("owner", owner).bind("attempts", attempts).bind("max", maxAttempts).bind("now", now)
                .bind("lease", OffsetDateTime.ofInstant(leaseExpires, ZoneOffset.UTC))
                .execute());
    }

    @Test
    void queuedJobsCancelAtOnceAndRunningOnesOnRequest() {
        String parked = alice.enqueue("{\"queue\":\"parked\",\"payload\":{}}");
        assertThat(alice.cancel(parked).statusCode()).isEqualTo(200);
        JsonNode cancelled = alice.job(parked);
        assertThat(cancelled.path("state").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("finished_at").asText()).isNotEmpty();
        assertThat(alice.cancel(parked).statusCode()).as("cancelling twice is harmless").isEqualTo(200);

        String running = alice.enqueue("{\"payload\":{\"wait_for_cancel\":true}}");
        alice.awaitState(running, "RUNNING");
        var requested = alice.cancel(running);
        assertThat(requested.statusCode()).isEqualTo(202);
        assertThat(Json.parse(requested.body()).path("cancel_requested").asBoolean()).isTrue();
        alice.awaitState(running, "CANCELLED");
        assertThat(recorder.attempts(running)).hasSize(1);

        String done = alice.enqueue("{\"payload\":{}}");
        alice.awaitState(done, "COMPLETE");
        assertProblem(alice.cancel(done), 409);
        assertThat(alice.job(done).path("state").asText()).isEqualTo("COMPLETE");
    }

    @Test
    void onlyTheOwnerOrAnAdminCancels() {
        String parked = alice.enqueue("{\"queue\":\"parked\",\"payload\":{}}");

        assertProblem(bob.cancel(parked), 404);
        assertThat(alice.job(parked).path("state").asText()).isEqualTo("QUEUED");
        assertThat(admin.cancel(parked).statusCode()).isEqualTo(200);

        assertThat(alice.job(parked).path("state").asText()).isEqualTo("CANCELLED");
        JsonNode audit = Json.parse(admin.get("/api/admin/audit?action=job.cancelled").body()).path("entries");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).path("target").asText()).isEqualTo(parked);
    }

    @Test
    void anotherUsersJobAndBadIdsAreNotFound() {
        String id = alice.enqueue("{\"queue\":\"parked\",\"payload\":{}}");

        assertProblem(bob.get("/api/jobs/" + id), 404);
        for (String bad : List.of("not-a-uuid", id.toUpperCase(), UUID.randomUUID().toString(), "x".repeat(300), "%27%20OR%201%3D1--")) {
            assertProblem(alice.get("/api/jobs/" + bad), 404);
            assertProblem(alice.cancel(bad), 404);
        }
        assertProblem(Http.get(server.uri("/api/jobs/" + id)), 401);
        assertProblem(Http.get(server.uri("/api/jobs")), 401);
    }

    @Test
    void theOwnersJobsArePagedAndFiltered() {
        List<String> parked = List.of(alice.enqueue("{\"queue\":\"parked\",\"payload\":{}}"),
                alice.enqueue("{\"queue\":\"parked\",\"payload\":{}}"), alice.enqueue("{\"queue\":\"parked\",\"payload\":{}}"));
        String done = alice.enqueue("{\"payload\":{}}");
        alice.awaitState(done, "COMPLETE");
        bob.enqueue("{\"queue\":\"parked\",\"payload\":{}}");

        assertThat(ids(alice.get("/api/jobs"))).containsExactly(done, parked.get(2), parked.get(1), parked.get(0));
        assertThat(ids(alice.get("/api/jobs?state=QUEUED"))).containsExactlyInAnyOrderElementsOf(parked);
        assertThat(ids(alice.get("/api/jobs?queue=demo&state=COMPLETE"))).containsExactly(done);
        assertThat(ids(alice.get("/api/jobs?offset=1&limit=2"))).containsExactly(parked.get(2), parked.get(1));
        assertThat(ids(bob.get("/api/jobs"))).hasSize(1);
        for (String bad : List.of("state=DONE", "state=queued", "limit=0", "limit=101", "limit=ten", "offset=-1", "queue=Bad%20Queue")) {
            JsonNode problem = assertProblem(alice.get("/api/jobs?" + bad), 422);
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        Json.parse(response.body()).path("jobs").forEach(job -> ids.add(job.path("id").asText()));
        return ids;
    }

    @Test
    void adminsPurgeFinishedJobsAndQueuesButRunningOnlyWhenTheyMeanIt() {
        String complete = alice.enqueue("{\"payload\":{}}");
        String failed = alice.enqueue("{\"payload\":{\"fail_times\":1,\"permanent\":true}}");
        alice.awaitState(complete, "COMPLETE");
        alice.awaitState(failed, "FAILED");
        alice.enqueue("{\"queue\":\"parked\",\"payload\":{}}");
        alice.enqueue("{\"queue\":\"parked\",\"payload\":{}}");
        String demoQueued = alice.enqueue("{\"queue\":\"parked.other\",\"payload\":{}}");
        String running = alice.enqueue("{\"payload\":{\"wait_for_cancel\":true}}");
        alice.awaitState(running, "RUNNING");

        assertThat(purge("{\"states\":[\"COMPLETE\",\"FAILED\"],\"older_than_seconds\":3600}").path("total").asInt())
                .as("nothing is an hour old").isZero();
        JsonNode finished = purge("{\"states\":[\"COMPLETE\",\"FAILED\"]}");
        assertThat(finished.path("purged").path("COMPLETE").asInt()).isEqualTo(1);
        assertThat(finished.path("purged").path("FAILED").asInt()).isEqualTo(1);
        assertProblem(alice.get("/api/jobs/" + complete), 404);
        assertThat(purge("{\"queue\":\"parked\",\"states\":[\"QUEUED\"]}").path("total").asInt()).isEqualTo(2);
        assertThat(alice.job(demoQueued).path("state").asText()).as("other queues keep their jobs").isEqualTo("QUEUED");

        JsonNode refused = assertProblem(admin.post("/api/admin/queue/purge", "{\"states\":[\"RUNNING\"]}"), 422);
        assertThat(refused.path("errors").get(0).path("message").asText()).contains("include_running");
        assertThat(alice.job(running).path("state").asText()).isEqualTo("RUNNING");
        assertThat(purge("{\"states\":[\"RUNNING\"],\"include_running\":true}").path("total").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> recorder.attempts(running).size() == 1);

        JsonNode audit = Json.parse(admin.get("/api/admin/audit?action=jobs.purged").body()).path("entries");
        assertThat(audit).hasSize(4);
        assertThat(audit.get(0).path("detail").asText()).isEqualTo("states=RUNNING purged=1");
    }

    private JsonNode purge(String body) {
        var response = admin.post("/api/admin/queue/purge", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    @Test
    void badPurgeRequestsAreRefused() {
        Map<String, String> invalid = Map.of(
                "{}", "states",
                "{\"states\":[]}", "states",
                "{\"states\":[\"DONE\"]}", "states[0]",
                "{\"states\":[\"COMPLETE\"],\"older_than_seconds\":-1}", "older_than_seconds",
                "{\"states\":[\"COMPLETE\"],\"queue\":\"NO SUCH/QUEUE\"}", "queue",
                "{\"states\":[\"COMPLETE\"],\"everything\":true}", "everything",
                "{\"states\":\"COMPLETE\"}", "states");
        invalid.forEach((body, field) -> {
            JsonNode problem = assertProblem(admin.post("/api/admin/queue/purge", body), 422);
            assertThat(problem.path("errors").findValuesAsText("field")).as(body).contains(field);
        });
        assertProblem(admin.post("/api/admin/queue/purge", "{\"states\":"), 400);
        assertProblem(alice.post("/api/admin/queue/purge", "{\"states\":[\"COMPLETE\"]}"), 403);
        assertThat(Json.parse(admin.get("/api/admin/audit?action=jobs.purged").body()).path("entries")).isEmpty();
    }

    @Test
    void adminsSeeTheDepthOfEveryQueueAndMetricsFollowIt() {
        alice.enqueue("{\"queue\":\"parked\",\"payload\":{}}");
        alice.enqueue("{\"queue\":\"parked\",\"payload\":{}}");
        alice.awaitState(alice.enqueue("{\"payload\":{}}"), "COMPLETE");

        JsonNode depth = Json.parse(admin.get("/api/admin/queue").body());
        Map<String, JsonNode> queues = new HashMap<>();
        depth.path("queues").forEach(row -> queues.put(row.path("queue").asText(), row));
        assertThat(queues.get("parked").path("jobs").path("QUEUED").asInt()).isEqualTo(2);
        assertThat(queues.get("parked").path("oldest_waiting_seconds").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(queues.get("demo").path("jobs").path("COMPLETE").asInt()).isEqualTo(1);
        assertThat(depth.path("replica").path("concurrency").path("demo").asInt()).isEqualTo(2);
        assertProblem(alice.get("/api/admin/queue"), 403);

        assertMetrics("jobs_queue_depth{queue=\"parked\",state=\"QUEUED\"} 2.0", "jobs_queue_depth{queue=\"demo\",state=\"RUNNING\"} 0.0",
                "jobs_duration_seconds_bucket{outcome=\"complete\",queue=\"demo\"",
                "jobs_queue_oldest_waiting_seconds{queue=\"parked\"}", "jobs_lease_expired_total{queue=\"demo\"} 0.0");
        QueueStatus status = queue().status();
        assertThat(status.queues()).anySatisfy(row -> {
            assertThat(row.queue()).isEqualTo(PARKED);
            assertThat(row.jobs()).containsEntry(JobState.QUEUED, 2L);
            assertThat(row.oldestWaiting()).isPresent();
        });
    }

    @Test
    void aJobStillRunningAtShutdownGoesBackToTheQueueAndCompletesAfterRestart() {
        String id = alice.enqueue("{\"payload\":{\"steps\":100,\"sleep_ms\":20000}}");
        alice.awaitState(id, "RUNNING");

        server.stop();

        try (TestServer restarted = TestServer.builder().env(database.env()).policy(DemoJobsModule.POLICY)
                .module(new DemoJobsModule(recorder, "restarted")).start()) {
            JobApi again = alice.at(restarted);
            JsonNode requeued = again.job(id);
            assertThat(requeued.path("state").asText()).isIn("QUEUED", "RUNNING");
            again.awaitState(id, "RUNNING");
            assertThat(again.cancel(id).statusCode()).isEqualTo(202);
            again.awaitState(id, "CANCELLED");
            // Handed back without spending an attempt: the restarted replica's run is attempt 1 again.
            await().atMost(Duration.ofSeconds(5)).until(() -> recorder.attempts(id).size() == 2);
            assertThat(recorder.attempts(id)).extracting(JobRecorder.Attempt::replica, JobRecorder.Attempt::attempt)
                    .containsExactly(tuple("single", 1), tuple("restarted", 1));
        }
    }

    @Test
    void aShortJobRunningAtShutdownFinishesWithinTheDrain() {
        String id = alice.enqueue("{\"payload\":{\"steps\":2,\"sleep_ms\":300}}");
        alice.awaitState(id, "RUNNING");

        server.stop();

        try (TestServer restarted = TestServer.builder().env(database.env()).policy(DemoJobsModule.POLICY).start()) {
            JsonNode job = alice.at(restarted).job(id);
            assertThat(job.path("state").asText()).isEqualTo("COMPLETE");
            assertThat(job.path("attempts").asInt()).isEqualTo(1);
        }
        assertThat(recorder.attempts(id)).hasSize(1);
    }
}
