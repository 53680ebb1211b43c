package dev.codelive.exec.history;

import dev.codelive.platform.db.paging.Cursor;
import dev.codelive.platform.db.paging.Page;
import dev.codelive.platform.db.paging.PageRequest;
import dev.codelive.platform.http.QueryParameters;
import static dev.codelive.platform.http.route.Schemas.freeObject;
import static dev.codelive.platform.http.route.Schemas.object;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.auth.AuthenticationGate;
import dev.codelive.platform.auth.User;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.Validator;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The execution history and feedback API: a user lists their runs, an admin everyone's; anyone rates a run or the
 * service, and admins read the ratings. Declares {@code executions} as user-owned; the execute API records runs
 * through an {@link ExecutionLog} of its own.
 */
public final class HistoryModule implements ServerModule {
    /** JSON escapes may grow a 2000-character comment and a 4 KiB context sixfold; more than that is not feedback. */
    static final long MAX_FEEDBACK_BODY = 64 * 1024;

    /** A run as the API shows it; absent values are null. */
    record ExecutionView(String id, String userId, String language, String codeSha256, int codeBytes, String status, Integer exitCode,
                         Integer signal, int queueMs, Integer compileMs, int runMs, Integer memoryKb, boolean buildCached, Origin origin,
                         Instant createdAt) {
        static ExecutionView of(ExecutionRecord run) {
            return new ExecutionView(run.id(), run.userId().orElse(null), run.language(), run.codeSha256(), run.codeBytes(), run.status(),
                    run.exitCode().isPresent() ? run.exitCode().getAsInt() : null, run.signal().isPresent() ? run.signal().getAsInt() : null,
                    run.queueMs(), run.compileMs().isPresent() ? run.compileMs().getAsInt() : null, run.runMs(),
                    run.memoryKb().isPresent() ? run.memoryKb().getAsInt() : null, run.buildCached(), run.origin(), run.createdAt());
        }
    }

    /** Feedback as admins see it; the context is the JSON object it was given as. */
    record FeedbackView(String id, String userId, int rating, String comment, @JsonRawValue String context, Instant createdAt) {
        static FeedbackView of(Feedback feedback) {
            return new FeedbackView(feedback.id(), feedback.userId().orElse(null), feedback.rating(), feedback.comment().orElse(null),
                    feedback.context().orElse(null), feedback.createdAt());
        }
    }

    record ExecutionsPage(List<ExecutionView> executions, int limit, String nextCursor) {}

    record FeedbackPage(List<FeedbackView> feedback, int limit, String nextCursor) {}

    private final Clock clock;

    public HistoryModule() {
        this(Clock.systemUTC());
    }

    /** @param clock stamps feedback as it arrives */
    public HistoryModule(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void register(Platform platform) {
        platform.ownedRows().declare(ExecutionLog.OWNED_TABLE);
        ExecutionLog executions = new ExecutionLog(platform.database().jdbi(), platform.ownedRows());
        FeedbackStore feedback = new FeedbackStore(platform.database().jdbi());
        String paging = "?limit= (1-" + PageRequest.MAX_LIMIT + ", default " + PageRequest.DEFAULT_LIMIT
                + "), ?cursor= (the next_cursor of the previous page)";
        platform.addRoute(Route.get("/api/executions")
                .summary("The caller's runs, newest first (" + paging + ", ?language=, ?status=); admins: ?all=true for everyone's, "
                        + "and ?user= to pick one user")
                .tag("exec")
                .json(200, "A page of runs", freeObject("executions [{id, user_id, language, code_sha256, code_bytes, status, exit_code, "
                        + "signal, queue_ms, compile_ms, run_ms, memory_kb, build_cached, origin (api | render), created_at}], limit, "
                        + "next_cursor (null on the last page)"))
                .responds(403, "?all=true from a caller who is not an admin", "application/problem+json")
                .responds(422, "A query parameter is invalid", "application/problem+json")
                .handler(ctx -> listExecutions(executions, ctx)));
        platform.addRoute(Route.post("/api/feedback")
                .summary("Rate a run or the service, signed in or anonymously")
                .tag("exec")
                .publicAccess()
                .maxBodyBytes(MAX_FEEDBACK_BODY)
                .jsonBody(object(Map.of(
                        "rating", Map.of("type", "integer", "minimum", Feedback.MIN_RATING, "maximum", Feedback.MAX_RATING),
                        "comment", Map.of("type", "string", "maxLength", Feedback.MAX_COMMENT,
                                "description", "free text; line breaks and tabs are the only control characters allowed"),
                        "context", Map.of("type", "object", "description", "what the rating is about, e.g. {\"execution_id\": \"…\", "
                                + "\"language\": \"go\"}; at most " + Feedback.MAX_CONTEXT_BYTES + " bytes as compact JSON")), List.of("rating")))
                .json(201, "Stored", object(Map.of("id", Map.of("type", "string")), List.of("id")))
                .responds(400, "The body is not a JSON object", "application/problem+json")
                .responds(422, "A field is missing, unknown or invalid; every one is listed", "application/problem+json")
                .handler(ctx -> postFeedback(platform, feedback, ctx)));
        platform.addRoute(Route.get("/api/admin/feedback")
                .summary("Every user's feedback, newest first (" + paging + ")")
                .tag("admin")
                .adminOnly()
                .json(200, "A page of feedback", freeObject("feedback [{id, user_id (null when anonymous), rating, comment, context, "
                        + "created_at}], limit, next_cursor (null on the last page)"))
                .handler(ctx -> listFeedback(feedback, ctx)));
    }

    private static void listExecutions(ExecutionLog executions, Context ctx) {
        Validator validator = new Validator();
        boolean all = ListingParameters.flag(ctx, validator, "all");
        User caller = AuthenticationGate.user(ctx);
        if (all && !caller.isAdmin()) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "everyone's runs (all=true) are for admins; leave it out for your own");
        }
        ExecutionFilter filter = new ExecutionFilter(
                ListingParameters.matching(ctx, validator, "language", ExecutionRecord.LANGUAGE, "a language name such as python"),
                ListingParameters.matching(ctx, validator, "status", ExecutionRecord.STATUS, "a status name such as ok"),
                ListingParameters.matching(ctx, validator, "user", ExecutionRecord.ID, "a user id"));
        validator.check(all || ctx.queryParam("user") == null, "user", "picks a user among everyone's runs, so it needs all=true");
        PageRequest page = QueryParameters.page(ctx, validator);
        validator.throwIfInvalid();
        Page<ExecutionRecord> runs = all ? executions.all(page, filter) : executions.mine(caller.id(), filter, page);
        ctx.json(new ExecutionsPage(runs.items().stream().map(ExecutionView::of).toList(), page.limit(),
                runs.next().map(Cursor::encode).orElse(null)));
    }

    private void postFeedback(Platform platform, FeedbackStore store, Context ctx) {
        JsonNode body = platform.bodies().read(ctx, JsonNode.class);
        if (!body.isObject()) {
            throw ProblemException.of(ProblemType.MALFORMED_REQUEST, "expected a JSON object as the request body");
        }
        FeedbackInput input = FeedbackInput.read(body, platform.json());
        Feedback feedback = new Feedback(UUID.randomUUID().toString(), AuthenticationGate.currentUser(ctx).map(User::id), input.rating(),
                input.comment(), input.context(), clock.instant());
        store.save(feedback);
        ctx.status(201).json(Map.of("id", feedback.id()));
    }

    private static void listFeedback(FeedbackStore store, Context ctx) {
        Validator validator = new Validator();
        PageRequest page = QueryParameters.page(ctx, validator);
        validator.throwIfInvalid();
        Page<Feedback> found = store.list(page);
        ctx.json(new FeedbackPage(found.items().stream().map(FeedbackView::of).toList(), page.limit(),
                found.next().map(Cursor::encode).orElse(null)));
    }
}
