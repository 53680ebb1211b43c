package dev.codelive.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.codelive.platform.testing.DemoJobsModule;
import dev.codelive.platform.testing.JobRecorder;
import dev.codelive.platform.testing.RequiresService;
import dev.codelive.platform.testing.RequiresService.Service;
import dev.codelive.platform.testing.TestDatabase;
import dev.codelive.platform.testing.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Two replicas on one PostgreSQL share the queue: every job runs exactly once, never on both at the same time. */
@RequiresService(Service.POSTGRES)
class JobsAcrossReplicasTest {
    static final int JOBS = 200;

    @Test
    void twoReplicasRunEveryJobExactlyOnce() {
        JobRecorder recorder = new JobRecorder();
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRESQL);
             TestServer first = replica(database, recorder, "a");
             TestServer second = replica(database, recorder, "b")) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < JOBS; i++) {
                // Enqueued on both sides, so that each replica's local wake-up races the other's polling.
                JobQueue queue = (i % 2 == 0 ? first : second).platform().jobs();
                ids.add(queue.enqueue(DemoJobsModule.QUEUE, null, null, Map.of("sleep_ms", i % 7 * 5)).id());
            }

            await().atMost(Duration.ofSeconds(90)).until(() -> first.platform().jobs().countNow().queues().stream()
                    .filter(row -> row.queue().equals(DemoJobsModule.QUEUE))
                    .allMatch(row -> row.jobs().get(JobState.COMPLETE) == JOBS));

            assertThat(recorder.overlaps()).as("a job started while it was running elsewhere").isZero();
            Map<String, List<JobRecorder.Attempt>> attempts = recorder.all();
            assertThat(attempts.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(attempts.values()).allSatisfy(runs -> assertThat(runs).hasSize(1));
            Map<String, Long> perReplica = attempts.values().stream().flatMap(List::stream)
                    .collect(Collectors.groupingBy(JobRecorder.Attempt::replica, Collectors.counting()));
            assertThat(perReplica).as("both replicas took work").containsOnlyKeys("a", "b");
            assertThat(ids).allSatisfy(id -> {
                Job job = second.platform().jobs().find(id).orElseThrow();
                assertThat(job.attempts()).isEqualTo(1);
                assertThat(job.result()).isPresent();
            });
        }
    }

    private static TestServer replica(TestDatabase database, JobRecorder recorder, String name) {
        return TestServer.builder().env(database.env()).env("WORKER_CONCURRENCY", "4").policy(DemoJobsModule.POLICY)
                .module(new DemoJobsModule(recorder, name)).start();
    }
}
