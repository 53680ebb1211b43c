package dev.codelive.platform.ops;

import static dev.codelive.platform.http.route.Schemas.freeObject;
import static dev.codelive.platform.http.route.Schemas.object;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.codelive.platform.auth.AuthenticationGate;
import dev.codelive.platform.auth.User;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.QueryParameters;
import dev.codelive.platform.http.Validator;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.jobs.Job;
import dev.codelive.platform.jobs.JobQuery;
import dev.codelive.platform.jobs.JobPresenter;
import dev.codelive.platform.jobs.JobQueue;
import dev.codelive.platform.jobs.JobState;
import dev.codelive.platform.jobs.PurgeCriteria;
import dev.codelive.platform.jobs.QueueStatus;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The job API: a user follows and cancels their jobs; an admin watches the queues and purges old jobs. */
public final class JobsModule implements ServerModule {
    private static final Pattern JOB_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final long MAX_AGE_SECONDS = 10L * 365 * 24 * 3600;
    private static final String STATES = Arrays.stream(JobState.values()).map(Enum::name).collect(Collectors.joining(", "));

    /**
     * A job as its owner sees it; the payload and lease stay inside the server.
     *
     * @param state the job's state, with RUNNING in the words of its queue's module (e.g. RENDERING)
     * @param progress percent done, 0 to 100
     * @param result the handler's output, as the JSON it wrote
     * @param problem why a failed job failed, as a problem (RFC 9457 fields)
     * @param details what the queue's module adds (e.g. the provider used)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JobView(String id, String queue, String state, double progress, String progressMessage, int attempts, int maxAttempts,
                   boolean cancelRequested, @JsonRawValue String result, String error, Map<String, Object> problem, String idempotencyKey,
                   Instant runAfter, Instant createdAt, Instant updatedAt, Instant startedAt, Instant finishedAt,
                   @JsonAnyGetter Map<String, Object> details) {

        static JobView of(Job job, JobPresenter presenter) {
            String state = job.state() == JobState.RUNNING ? presenter.runningState() : job.state().name();
            Map<String, Object> details = new LinkedHashMap<>(presenter.details(job));
            Object problem = details.remove("problem");
            if (problem == null && job.state() == JobState.FAILED) {
                problem = Map.of("type", "/problems/job-failed", "title", "Job failed", "detail", job.error().orElse("the job failed"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> problemFields = (Map<String, Object>) problem;
            return new JobView(job.id(), job.queue(), state, Math.round(job.progress() * 1000) / 10.0, job.progressMessage().orElse(null),
                    job.attempts(), job.maxAttempts(), job.cancelRequested(), job.result().orElse(null), job.error().orElse(null), problemFields,
                    job.idempotencyKey().orElse(null), job.runAfter(), job.createdAt(), job.updatedAt(), job.startedAt().orElse(null),
                    job.finishedAt().orElse(null), details);
        }

        static JobView of(Job job, JobQueue jobs) {
            return of(job, jobs.presenter(job.queue()));
        }
    }

    /** An admin's purge: which states (required), optionally one queue and a minimum age. */
    record PurgeRequest(String queue, List<String> states, Long olderThanSeconds, Boolean includeRunning) {}

    @Override
    public void register(Platform platform) {
        JobQueue jobs = platform.jobs();
        Map<String, Object> job = freeObject("id, queue, state (QUEUED | RUNNING, or the queue's word for it such as RENDERING | COMPLETE | FAILED | CANCELLED), "
                + "progress (percent, 0-100), progress_message, attempts, max_attempts, cancel_requested, result (JSON, once COMPLETE), "
                + "error, problem (once FAILED: type, title, detail), idempotency_key, run_after, created_at, updated_at, started_at, "
                + "finished_at, and fields the queue's module adds (e.g. provider)");
        platform.addRoute(Route.get("/api/jobs/{id}")
                .summary("One of the caller's jobs: its state and progress")
                .tag("jobs")
                .json(200, "The job", job)
                .responds(404, "No such job of the caller's", "application/problem+json")
                .handler(ctx -> ctx.json(JobView.of(ownJob(jobs, ctx), jobs))));
        platform.addRoute(Route.get("/api/jobs")
                .summary("The caller's jobs, newest first (?state=, ?queue=, ?offset=, ?limit= up to 100)")
                .tag("jobs")
                .json(200, "A page of jobs", freeObject("jobs, offset, limit"))
                .handler(ctx -> listJobs(jobs, ctx)));
        platform.addRoute(Route.post("/api/jobs/{id}/cancel")
                .summary("Cancel a job: a queued one at once (200), a running one by asking its handler to stop (202)")
                .tag("jobs")
                .json(200, "Cancelled", job)
                .json(202, "Cancelling was requested; the job stops at its next checkpoint", job)
                .responds(404, "No such job of the caller's", "application/problem+json")
                .responds(409, "The job has already completed or failed", "application/problem+json")
                .handler(ctx -> cancel(platform, ctx)));
        platform.addRoute(Route.get("/api/admin/queue")
                .summary("Jobs per queue and state, the longest wait per queue, and this replica's workers")
                .tag("admin")
                .adminOnly()
                .json(200, "Queue depth", freeObject("queues [{queue, jobs {state: count}, oldest_waiting_seconds}], replica"))
                .handler(ctx -> ctx.json(Map.of("queues", depth(jobs.countNow()), "replica", jobs.replica()))));
        platform.addRoute(Route.post("/api/admin/queue/purge")
                .summary("Delete jobs by state, optionally of one queue and older than a number of seconds; RUNNING only with include_running")
                .tag("admin")
                .adminOnly()
                .jsonBody(object(Map.of(
                        "queue", Map.of("type", "string", "pattern", "^" + JobQueue.QUEUE_NAME.pattern() + "$"),
                        "states", Map.of("type", "array", "minItems", 1, "items", Map.of("type", "string",
                                "enum", Arrays.stream(JobState.values()).map(Enum::name).toList())),
                        "older_than_seconds", Map.of("type", "integer", "minimum", 0, "maximum", MAX_AGE_SECONDS,
                                "description", "only jobs unchanged for at least this long"),
                        "include_running", Map.of("type", "boolean", "description", "required to purge RUNNING jobs")), List.of("states")))
                .json(200, "How many jobs were deleted, by state", freeObject("purged {state: count}, total"))
                .handler(ctx -> purge(platform, ctx)));
    }

    private static Job ownJob(JobQueue jobs, Context ctx) {
        String id = ctx.pathParam("id");
        String owner = AuthenticationGate.user(ctx).id();
        return Optional.of(id).filter(candidate -> JOB_ID.matcher(candidate).matches())
                .flatMap(candidate -> jobs.findOwned(candidate, owner))
                .orElseThrow(JobsModule::noSuchJob);
    }

    private static ProblemException noSuchJob() {
        return ProblemException.of(ProblemType.NOT_FOUND, "no such job");
    }

    private static void listJobs(JobQueue jobs, Context ctx) {
        Validator validator = new Validator();
        Optional<JobState> state = Optional.ofNullable(ctx.queryParam("state")).flatMap(raw -> {
            Optional<JobState> parsed = parseState(raw);
            validator.check(parsed.isPresent(), "state", "must be one of " + STATES);
            return parsed;
        });
        Optional<String> queue = Optional.ofNullable(ctx.queryParam("queue"));
        queue.ifPresent(name -> validator.check(JobQueue.QUEUE_NAME.matcher(name).matches(), "queue", "is not a queue name"));
        int offset = QueryParameters.integer(ctx, validator, "offset", 0, 0, 1_000_000);
        int limit = QueryParameters.integer(ctx, validator, "limit", 20, 1, 100);
        validator.throwIfInvalid();
        List<JobView> page = jobs.list(new JobQuery(AuthenticationGate.user(ctx).id(), state, queue, offset, limit))
                .stream().map(found -> JobView.of(found, jobs)).toList();
        ctx.json(Map.of("jobs", page, "offset", offset, "limit", limit));
    }

    private static void cancel(Platform platform, Context ctx) {
        User user = AuthenticationGate.user(ctx);
        String id = ctx.pathParam("id");
        if (!JOB_ID.matcher(id).matches()) {
            throw noSuchJob();
        }
        Optional<String> owner = user.isAdmin() ? Optional.empty() : Optional.of(user.id());
        Job job = platform.jobs().cancel(id, owner).orElseThrow(JobsModule::noSuchJob);
        if (job.state() == JobState.COMPLETE || job.state() == JobState.FAILED) {
            throw ProblemException.of(ProblemType.CONFLICT, "the job has already ended " + job.state());
        }
        if (!job.ownerId().equals(Optional.of(user.id()))) {
            platform.audit().record(ctx, "job.cancelled", true, user.id(), id, "queue=" + job.queue() + " owner=" + job.ownerId().orElse("system"));
        }
        ctx.status(job.state() == JobState.CANCELLED ? 200 : 202).json(JobView.of(job, platform.jobs()));
    }

    private static void purge(Platform platform, Context ctx) {
        PurgeRequest request = platform.bodies().read(ctx, PurgeRequest.class);
        Validator validator = new Validator().require("states", request.states());
        Set<JobState> states = EnumSet.noneOf(JobState.class);
        if (request.states() != null) {
            validator.check(!request.states().isEmpty(), "states", "name at least one state");
            for (int i = 0; i < request.states().size(); i++) {
                Optional<JobState> state = Optional.ofNullable(request.states().get(i)).flatMap(JobsModule::parseState);
                validator.check(state.isPresent(), "states[" + i + "]", "must be one of " + STATES);
                state.ifPresent(states::add);
            }
        }
        validator.check(!states.contains(JobState.RUNNING) || Boolean.TRUE.equals(request.includeRunning()), "states",
                "purging RUNNING jobs deletes work in progress; send include_running: true to mean it");
        validator.check(request.queue() == null || JobQueue.QUEUE_NAME.matcher(request.queue()).matches(), "queue", "is not a queue name");
        validator.check(request.olderThanSeconds() == null || request.olderThanSeconds() >= 0 && request.olderThanSeconds() <= MAX_AGE_SECONDS,
                "older_than_seconds", "must be from 0 to " + MAX_AGE_SECONDS);
        validator.throwIfInvalid();

        PurgeCriteria criteria = new PurgeCriteria(Optional.ofNullable(request.queue()), states,
                Optional.ofNullable(request.olderThanSeconds()).map(Duration::ofSeconds));
        Map<JobState, Integer> purged = platform.jobs().purge(criteria);
        int total = purged.values().stream().mapToInt(Integer::intValue).sum();
        String detail = "states=" + states.stream().map(Enum::name).collect(Collectors.joining(","))
                + criteria.olderThan().map(age -> " older_than_seconds=" + age.toSeconds()).orElse("") + " purged=" + total;
        platform.audit().record(ctx, "jobs.purged", true, AuthenticationGate.user(ctx).id(), request.queue() == null ? "*" : request.queue(), detail);
        ctx.json(Map.of("purged", purged, "total", total));
    }

    /** The queue depths as the API shows them: durations in seconds. */
    static List<Map<String, Object>> depth(QueueStatus status) {
        return status.queues().stream().map(queue -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("queue", queue.queue());
            row.put("jobs", queue.jobs());
            row.put("oldest_waiting_seconds", queue.oldestWaiting().map(age -> age.toMillis() / 1000.0).orElse(null));
            return row;
        }).toList();
    }

    private static Optional<JobState> parseState(String raw) {
        return Arrays.stream(JobState.values()).filter(state -> state.name().equals(raw)).findFirst();
    }

}
