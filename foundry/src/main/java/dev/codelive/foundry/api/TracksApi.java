package dev.codelive.foundry.api;

import dev.codelive.platform.storage.BlobKey;
import static dev.codelive.platform.http.route.Schemas.freeObject;
import static dev.codelive.platform.http.route.Schemas.object;

import dev.codelive.foundry.FoundryPolicy;
import dev.codelive.foundry.compose.PromptReader;
import dev.codelive.foundry.credits.CreditLedger;
import dev.codelive.foundry.credits.InsufficientCreditsException;
import dev.codelive.foundry.provider.ProviderChain;
import dev.codelive.foundry.provider.ProviderSettings;
import dev.codelive.foundry.render.FlacCopies;
import dev.codelive.foundry.render.FoundryMetrics;
import dev.codelive.foundry.render.TrackAudio;
import dev.codelive.foundry.render.TrackAudio.Format;
import dev.codelive.foundry.render.TrackFailures;
import dev.codelive.foundry.tracks.Track;
import dev.codelive.foundry.tracks.TrackOrders;
import dev.codelive.foundry.tracks.TrackRequest;
import dev.codelive.foundry.tracks.TrackStatus;
import dev.codelive.foundry.tracks.TrackStore;
import dev.codelive.audio.score.Part;
import dev.codelive.platform.auth.AuthenticationGate;
import dev.codelive.platform.auth.User;
import dev.codelive.platform.db.paging.Page;
import dev.codelive.platform.db.paging.PageRequest;
import dev.codelive.platform.http.BlobDownload;
import dev.codelive.platform.http.JsonBodies;
import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.QueryParameters;
import dev.codelive.platform.http.Validator;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.jobs.JobQueue;
import dev.codelive.platform.server.Platform;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The track API: order a track, follow it, list, delete, and stream its audio and stems. */
public final class TracksApi {
    /** Tracks made per minute: the free plan's class; {@code track_create.pro} is the pro plan's. */
    public static final String RATE_CLASS = "track_create";
    public static final String CAPABILITY = "soundfoundry";
    /** Seeds JavaScript holds exactly. */
    static final long MAX_SEED = (1L << 53) - 1;
    private static final Pattern TRACK_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String PROBLEM = "application/problem+json";

    private final FoundryPolicy policy;
    private final TrackOrders orders;
    private final TrackStore tracks;
    private final TrackAudio audio;
    private final FlacCopies flacCopies;
    private final TrackFailures failures;
    private final CreditLedger credits;
    private final ProviderChain chain;
    private final JobQueue jobs;
    private final BlobDownload downloads;
    private final FoundryMetrics metrics;
    private final JsonBodies bodies;
    private final PromptReader prompts = new PromptReader();
    private final SecureRandom seeds = new SecureRandom();

    public TracksApi(FoundryPolicy policy, TrackOrders orders, TrackStore tracks, TrackAudio audio, FlacCopies flacCopies,
                     TrackFailures failures, CreditLedger credits, ProviderChain chain, JobQueue jobs, BlobDownload downloads,
                     FoundryMetrics metrics, JsonBodies bodies) {
        this.policy = policy;
        this.orders = orders;
        this.tracks = tracks;
        this.audio = audio;
        this.flacCopies = flacCopies;
        this.failures = failures;
        this.credits = credits;
        this.chain = chain;
        this.jobs = jobs;
        this.downloads = downloads;
        this.metrics = metrics;
        this.bodies = bodies;
    }

    public void register(Platform platform) {
        FoundryPolicy.Tracks limits = policy.tracks();
        platform.addRoute(Route.post("/api/tracks")
                .summary("Order a track from a prompt; it is made by a queued job (follow it at /api/jobs/{job_id})")
                .tag("soundfoundry")
                .capability(CAPABILITY)
                .rateClass(RATE_CLASS)
                .maxBodyBytes(16 * 1024)
                .jsonBody(object(Map.of(
                        "prompt", Map.of("type", "string", "minLength", 1, "maxLength", limits.maxPromptChars(),
                                "description", "what to make, e.g. \"ambient electronic track, 30 s, no vocals\""),
                        "duration_s", Map.of("type", "number", "minimum", limits.minDurationS(), "maximum", limits.maxDurationS(),
                                "description", "length in seconds; absent: what the prompt says, else 30"),
                        "has_vocals", Map.of("type", "boolean", "description", "a voice part (the local composer: a synthetic choir on vowels)"),
                        "seed", Map.of("type", "integer", "minimum", 0, "maximum", MAX_SEED, "description", "same prompt and seed, same track"),
                        "provider", Map.of("type", "string", "enum", ProviderSettings.NAMES, "description", "the provider to try first")),
                        List.of("prompt")))
                .json(202, "Accepted: the track, its job and its price (an Idempotency-Key seen before answers the same order)",
                        freeObject("track_id, job_id, credits_required, status"))
                .responds(401, "Not signed in", PROBLEM)
                .responds(402, "Not enough credits", PROBLEM)
                .responds(409, "The Idempotency-Key was used for another request", PROBLEM)
                .responds(422, "Invalid request, field by field", PROBLEM)
                .responds(429, "Track quota of the caller's plan exceeded (Retry-After)", PROBLEM)
                .handler(this::create));
        platform.addRoute(Route.get("/api/tracks")
                .summary("The caller's tracks, newest first (?limit= 1-100, ?cursor= from next_cursor)")
                .tag("soundfoundry")
                .json(200, "A page of tracks", freeObject("tracks [], next_cursor (absent on the last page), limit"))
                .handler(this::list));
        platform.addRoute(Route.get("/api/tracks/{id}")
                .summary("One of the caller's tracks")
                .tag("soundfoundry")
                .json(200, "The track", freeObject("id, status (QUEUED | RENDERING | COMPLETE | FAILED), prompt, duration_s, has_vocals, seed, "
                        + "provider_requested, provider, job_id, credits, audio {wav_url, flac_url, seconds, loudness_lufs, true_peak_dbtp}, "
                        + "stems [{name, url}], details, provider_attempts [], problem (once FAILED), refunded, timestamps"))
                .responds(404, "No such track of the caller's", PROBLEM)
                .handler(ctx -> ctx.json(TrackView.of(ownTrack(ctx)))));
        platform.addRoute(Route.delete("/api/tracks/{id}")
                .summary("Delete a track and its audio; an unfinished one is cancelled and its credits given back")
                .tag("soundfoundry")
                .responds(204, "Deleted")
                .responds(404, "No such track of the caller's", PROBLEM)
                .handler(this::delete));
        platform.addRoute(Route.get("/api/tracks/{id}/audio")
                .summary("The track's audio (?format=wav|flac, default wav), with Range requests for seeking")
                .tag("soundfoundry")
                .notRateLimited()
                .responds(200, "The audio", "audio/wav")
                .responds(206, "Part of the audio", "audio/wav")
                .responds(404, "No such track of the caller's", PROBLEM)
                .responds(409, "The track is not complete yet", PROBLEM)
                .responds(416, "Range past the end", PROBLEM)
                .handler(ctx -> sendAudio(ctx, Optional.empty())));
        platform.addRoute(Route.get("/api/tracks/{id}/stems/{name}")
                .summary("One stem of the track (?format=wav|flac, default wav), with Range requests")
                .tag("soundfoundry")
                .notRateLimited()
                .responds(200, "The stem", "audio/wav")
                .responds(206, "Part of the stem", "audio/wav")
                .responds(404, "No such track or stem", PROBLEM)
                .responds(409, "The track is not complete yet", PROBLEM)
                .handler(ctx -> sendAudio(ctx, Optional.of(ctx.pathParam("name")))));
        platform.addRoute(Route.get("/api/credits")
                .summary("The caller's credit balance, what tracks cost, and the latest ledger entries")
                .tag("soundfoundry")
                .json(200, "Balance and entries", freeObject("balance, per_second, signup_grant, entries [{id, amount, reason, track_id, "
                        + "balance, created_at}]"))
                .handler(this::statement));
    }

    private void create(Context ctx) {
        User user = AuthenticationGate.user(ctx);
        CreateTrack body = bodies.read(ctx, CreateTrack.class);
        Optional<String> key = idempotencyKey(ctx);
        TrackRequest request = validate(body);
        long cost = policy.credits().cost(request.durationSeconds());
        TrackOrders.Order order;
        try {
            order = orders.place(user.id(), request, key, cost);
        } catch (InsufficientCreditsException e) {
            throw new ProblemException(Problem.of(ProblemType.PAYMENT_REQUIRED, e.getMessage() + " (" + policy.credits().perSecond()
                    + " per second of audio)"), Map.of());
        }
        if (!order.created() && !sameRequest(order.track().request(), body, request)) {
            throw ProblemException.of(ProblemType.CONFLICT, "this Idempotency-Key was used for a different request (track "
                    + order.track().id() + ")");
        }
        if (order.created()) {
            metrics.trackCreated(cost);
        } else {
            ctx.header("Idempotent-Replayed", "true");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("track_id", order.track().id());
        answer.put("job_id", order.jobId());
        answer.put("credits_required", order.track().credits());
        answer.put("status", order.track().status().name());
        ctx.header("Location", "/api/tracks/" + order.track().id());
        ctx.status(202).json(answer);
    }

    /** The request's Idempotency-Key header: 1 to 200 printable characters. */
    private static Optional<String> idempotencyKey(Context ctx) {
        String key = ctx.header("Idempotency-Key");
        if (key == null) {
            return Optional.empty();
        }
        new Validator().check(!key.isBlank() && key.length() <= JobQueue.MAX_IDEMPOTENCY_KEY && key.chars().allMatch(c -> c >= 0x20 && c < 0x7f),
                "Idempotency-Key", "must be 1 to " + JobQueue.MAX_IDEMPOTENCY_KEY + " printable ASCII characters").throwIfInvalid();
        return Optional.of(key);
    }

    private TrackRequest validate(CreateTrack body) {
        FoundryPolicy.Tracks limits = policy.tracks();
        Validator validator = new Validator().require("prompt", body.prompt());
        if (body.prompt() != null) {
            validator.check(!body.prompt().isBlank(), "prompt", "must say what to make");
            validator.maxLength("prompt", body.prompt(), limits.maxPromptChars());
            validator.check(body.prompt().chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'), "prompt",
                    "must not contain control characters");
        }
        if (body.durationS() != null) {
            validator.check(body.durationS() >= limits.minDurationS() && body.durationS() <= limits.maxDurationS(), "duration_s",
                    "must be from " + limits.minDurationS() + " to " + limits.maxDurationS() + " seconds");
        }
        if (body.seed() != null) {
            validator.check(body.seed() >= 0 && body.seed() <= MAX_SEED, "seed", "must be from 0 to " + MAX_SEED);
        }
        if (body.provider() != null) {
            boolean known = ProviderSettings.NAMES.contains(body.provider());
            validator.check(known, "provider", "must be one of " + String.join(", ", ProviderSettings.NAMES));
            if (known) {
                chain.unavailableReason(body.provider()).ifPresent(reason ->
                        validator.check(false, "provider", body.provider() + " is not available on this server: " + reason));
            }
        }
        validator.throwIfInvalid();
        long seed = body.seed() != null ? body.seed() : seeds.nextLong(MAX_SEED + 1);
        double seconds = body.durationS() != null ? body.durationS()
                : Math.max(limits.minDurationS(), Math.min(limits.maxDurationS(), prompts.read(body.prompt(), seed).durationSeconds()));
        return new TrackRequest(body.prompt(), seconds, Boolean.TRUE.equals(body.hasVocals()), seed, Optional.ofNullable(body.provider()));
    }

    /** Whether a replayed order asks for what the first one did (a random seed or a prompt-derived length do not count). */
    private static boolean sameRequest(TrackRequest first, CreateTrack body, TrackRequest again) {
        return first.prompt().equals(again.prompt()) && first.hasVocals() == again.hasVocals() && first.provider().equals(again.provider())
                && (body.seed() == null || body.seed() == first.seed())
                && (body.durationS() == null || body.durationS() == first.durationSeconds());
    }

    private void list(Context ctx) {
        User user = AuthenticationGate.user(ctx);
        Validator validator = new Validator();
        PageRequest page = QueryParameters.page(ctx, validator);
        validator.throwIfInvalid();
        Page<Track> found = tracks.list(user.id(), page);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("tracks", found.items().stream().map(TrackView::of).toList());
        found.next().ifPresent(cursor -> answer.put("next_cursor", cursor.encode()));
        answer.put("limit", page.limit());
        ctx.json(answer);
    }

    private Track ownTrack(Context ctx) {
        String id = ctx.pathParam("id");
        String owner = AuthenticationGate.user(ctx).id();
        return Optional.of(id).filter(candidate -> TRACK_ID.matcher(candidate).matches())
                .flatMap(candidate -> tracks.find(owner, candidate))
                .orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND, "no such track"));
    }

    private void delete(Context ctx) {
        Track track = ownTrack(ctx);
        Track deleted = tracks.delete(track.ownerId(), track.id())
                .orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND, "no such track"));
        if (!deleted.status().finished()) {
            deleted.jobId().ifPresent(job -> jobs.cancel(job, Optional.of(deleted.ownerId())));
            failures.refund(deleted);
        }
        audio.delete(deleted.id(), deleted.stems());
        ctx.status(204);
    }

    private void sendAudio(Context ctx, Optional<String> stem) {
        Track track = ownTrack(ctx);
        String raw = Optional.ofNullable(ctx.queryParam("format")).orElse("wav");
        Optional<Format> format = Format.of(raw);
        new Validator().check(format.isPresent(), "format", "must be wav or flac").throwIfInvalid();
        if (track.status() != TrackStatus.COMPLETE) {
            throw ProblemException.of(ProblemType.CONFLICT, "the track is " + track.status() + ", not COMPLETE: its audio is not ready");
        }
        if (stem.isPresent() && (!Part.NAME.matcher(stem.get()).matches() || !track.stems().contains(stem.get()))) {
            throw ProblemException.of(ProblemType.NOT_FOUND, "the track has no stem '" + shorten(stem.get()) + "'; it has " + track.stems());
        }
        BlobKey key = key(track, stem, format.get());
        if (format.get() == Format.FLAC) {
            makeFlacCopy(track, stem, key);
        }
        String fileName = "track-" + track.id().substring(0, 8) + stem.map(name -> "-" + name).orElse("") + "." + format.get().extension();
        if (!downloads.send(ctx, key, format.get().contentType(), fileName)) {
            throw ProblemException.of(ProblemType.NOT_FOUND, "the track's audio is missing from storage");
        }
    }

    private static BlobKey key(Track track, Optional<String> stem, Format format) {
        return stem.map(name -> TrackAudio.stem(track.id(), name, format)).orElseGet(() -> TrackAudio.master(track.id(), format));
    }

    private void makeFlacCopy(Track track, Optional<String> stem, BlobKey flac) {
        if (!flacCopies.ensure(key(track, stem, Format.WAV), flac)) {
            throw ProblemException.of(ProblemType.NOT_FOUND, "the track's audio is missing from storage");
        }
        if (tracks.findAny(track.id()).isEmpty()) {
            // Deleted while it was encoded: the copy belongs to no one.
            audio.delete(track.id(), track.stems());
            throw ProblemException.of(ProblemType.NOT_FOUND, "no such track");
        }
    }

    private void statement(Context ctx) {
        CreditLedger.Statement statement = credits.statement(AuthenticationGate.user(ctx).id(), 50);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("balance", statement.balance());
        answer.put("per_second", policy.credits().perSecond());
        answer.put("signup_grant", policy.credits().signupGrant());
        answer.put("entries", statement.entries().stream().map(entry -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", entry.id());
            row.put("amount", entry.amount());
            row.put("reason", entry.reason());
            entry.trackId().ifPresent(track -> row.put("track_id", track));
            row.put("balance", entry.balance());
            row.put("created_at", entry.createdAt());
            return row;
        }).toList());
        ctx.json(answer);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
