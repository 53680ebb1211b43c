package dev.codelive.foundry.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * fal's queue API: submits to {@code POST {queue}/{model}}, polls the request's status ({@code IN_QUEUE},
 * {@code IN_PROGRESS}, {@code COMPLETED}; others polled on), then fetches the result, which is where a failure shows
 * (422 with the model's {@code detail}, 5xx); cancels with {@code PUT cancel_url} when the job is cancelled or the
 * deadline passes, and downloads the audio at once.
 */
public final class FalProvider implements MusicProvider {
    public static final String NAME = ProviderSettings.FAL;
    private static final Logger LOG = LoggerFactory.getLogger(FalProvider.class);
    /** Where music models put their file: Stable Audio's {@code audio_file}, most others' {@code audio}. */
    private static final List<String> AUDIO_POINTERS = List.of("/audio_file/url", "/audio/url", "/audio_url", "/audio");

    private final FalSettings settings;
    private final ProviderPolicy policy;
    private final ProviderHttp http;
    private final AudioDownloader downloader;

    public FalProvider(FalSettings settings, ProviderPolicy policy, HttpClient client) {
        this.settings = settings;
        this.policy = policy;
        this.http = new ProviderHttp(NAME, client, policy, settings.key());
        // fal serves results from its CDN without a key; the key goes only to the queue's own origin.
        this.downloader = new AudioDownloader(http, settings.queueUrl(), Optional.empty());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> unavailableReason() {
        return settings.key().isPresent() ? Optional.empty() : Optional.of("FAL_KEY is not set");
    }

    @Override
    public GeneratedMusic generate(MusicRequest request, GenerationContext context) throws ProviderException {
        ApiKey key = settings.key().orElseThrow(() -> ProviderException.fallBack(NAME, "FAL_KEY is not set", 0, null));
        if (request.durationSeconds() > settings.maxDurationSeconds()) {
            throw ProviderException.fallBack(NAME, settings.model() + " makes at most " + settings.maxDurationSeconds() + " s", 0, null);
        }
        Deadline deadline = Deadline.forAttempt(context, policy);
        context.progress(0.02, "fal: submitting");
        QueuedRequest queued = submit(request, key, deadline, context);
        LOG.info("fal: request {} queued for track {}", queued.id(), request.trackId());
        boolean settled = false;
        try {
            awaitCompleted(queued, request, key, deadline, context);
            settled = true;
        } finally {
            if (!settled) {
                cancel(queued, key);
            }
        }
        JsonNode result = fetchResult(queued, key, deadline, context);
        String url = AUDIO_POINTERS.stream().map(result::at).filter(JsonNode::isTextual).map(JsonNode::asText)
                .filter(AudioDownloader::fetchable)
                .findFirst()
                .orElseThrow(() -> ProviderException.fallBack(NAME, "the result has no audio file", 0, null));
        context.progress(0.9, "fal: downloading");
        Path audio = downloader.download(url, context.workDirectory(), "fal-output", deadline, context);
        context.progress(1.0, "fal: done");
        return new GeneratedMusic(NAME, audio, Map.of(), Map.of("model", settings.model(), "request_id", queued.id()));
    }

    private QueuedRequest submit(MusicRequest request, ApiKey key, Deadline deadline, GenerationContext context) throws ProviderException {
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(settings.queueUrl() + "/" + settings.model()))
                .POST(HttpRequest.BodyPublishers.ofString(ModelInput.of(settings.input(), request).toString()))
                .header("Authorization", authorization(key))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        ProviderHttp.JsonResponse response = http.exchangeJson(post, policy.requestTimeout(), ProviderHttp.Replay.ONLY_IF_NOT_RECEIVED, deadline,
                context, "submitting the request");
        if (!response.ok()) {
            throw failure(response, "submitting the request");
        }
        return QueuedRequest.read(response.body(), settings)
                .orElseThrow(() -> ProviderException.fallBack(NAME, "submitting the request: the response has no request_id", response.status(), null));
    }

    private void awaitCompleted(QueuedRequest queued, MusicRequest request, ApiKey key, Deadline deadline, GenerationContext context)
            throws ProviderException {
        long started = System.currentTimeMillis();
        String status = "IN_QUEUE";
        while (true) {
            if (deadline.passed()) {
                throw http.deadlinePassed("waiting for request " + queued.id());
            }
            Pause.sleep(deadline.cap(policy.pollInterval()), context);
            ProviderHttp.JsonResponse response = http.exchangeJson(authorized(HttpRequest.newBuilder(queued.status()).GET(), key),
                    policy.requestTimeout(), ProviderHttp.Replay.SAFE, deadline, context, "polling the request");
            if (response.status() == 429) {
                Pause.sleep(deadline.cap(RetryAfter.from(response.headers(), response.body()).orElse(policy.pollInterval())), context);
                continue;
            }
            if (!response.ok()) {
                throw failure(response, "polling the request");
            }
            String polled = response.body().path("status").asText("");
            switch (polled) {
                case "COMPLETED" -> {
                    return;
                }
                case "IN_QUEUE" -> {
                    JsonNode position = response.body().path("queue_position");
                    context.progress(0.05, position.isNumber() ? "fal: in queue (position " + position.asInt() + ")" : "fal: in queue");
                }
                case "IN_PROGRESS" -> context.progress(ModelInput.waiting(0.15, 0.85, System.currentTimeMillis() - started, request.durationSeconds()),
                        "fal: generating");
                default -> {
                    if (!polled.equals(status)) {
                        LOG.info("fal: request {} has status '{}', polling on", queued.id(), http.clean(polled));
                    }
                }
            }
            status = polled;
        }
    }

    private JsonNode fetchResult(QueuedRequest queued, ApiKey key, Deadline deadline, GenerationContext context) throws ProviderException {
        while (true) {
            ProviderHttp.JsonResponse response = http.exchangeJson(authorized(HttpRequest.newBuilder(queued.response()).GET(), key),
                    policy.requestTimeout(), ProviderHttp.Replay.SAFE, deadline, context, "fetching the result");
            if (response.ok()) {
                return response.body();
            }
            if (response.status() == 429) {
                Pause.sleep(deadline.cap(RetryAfter.from(response.headers(), response.body()).orElse(policy.pollInterval())), context);
                continue;
            }
            throw failure(response, "fetching the result");
        }
    }

    /** The shared rules, plus fal's typed content refusal, whatever status it comes with. */
    private ProviderException failure(ProviderHttp.JsonResponse response, String doing) {
        if (ErrorText.hasDetailType(response.body(), "content_policy_violation") || ContentRejection.in(ErrorText.of(response.body()))) {
            return ProviderException.fail(NAME, http.clean(ErrorText.of(response.body())), response.status());
        }
        return http.failure(response, doing);
    }

    private void cancel(QueuedRequest queued, ApiKey key) {
        LOG.info("fal: cancelling request {}", queued.id());
        http.sendQuietly(authorized(HttpRequest.newBuilder(queued.cancel()).PUT(HttpRequest.BodyPublishers.noBody()), key),
                "cancelling request " + queued.id());
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, ApiKey key) {
        return request.header("Authorization", authorization(key)).header("Accept", "application/json");
    }

    private static String authorization(ApiKey key) {
        return "Key " + key.reveal();
    }

    /**
     * A submitted request. Its {@code status_url}, {@code response_url} and {@code cancel_url} receive the key, so they
     * are used only on the queue's own origin; elsewhere the documented paths under the model's app id stand in.
     */
    record QueuedRequest(String id, URI status, URI response, URI cancel) {

        static Optional<QueuedRequest> read(JsonNode body, FalSettings settings) {
            String id = body.path("request_id").asText("");
            if (!id.matches("[A-Za-z0-9_-]{1,128}")) {
                return Optional.empty();
            }
            String[] segments = settings.model().split("/");
            // The queue addresses requests by app id (owner/app) even when the model has a sub-path (fal-ai/flux/dev).
            URI standard = URI.create(settings.queueUrl() + "/" + segments[0] + "/" + segments[1] + "/requests/" + id);
            URI origin = settings.queueUrl();
            return Optional.of(new QueuedRequest(id,
                    ProviderHttp.onOrigin(body.path("status_url"), origin).orElse(URI.create(standard + "/status")),
                    ProviderHttp.onOrigin(body.path("response_url"), origin).orElse(standard),
                    ProviderHttp.onOrigin(body.path("cancel_url"), origin).orElse(URI.create(standard + "/cancel"))));
        }
    }
}
