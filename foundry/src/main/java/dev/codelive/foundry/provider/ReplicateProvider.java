package dev.codelive.foundry.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replicate's predictions API: creates a prediction (holding the request open with {@code Prefer: wait}), polls it
 * until {@code succeeded}, {@code failed}, {@code canceled} or {@code aborted} (other statuses are polled on), cancels
 * it when the job is cancelled or the deadline passes, and downloads the output at once.
 */
public final class ReplicateProvider implements MusicProvider {
    public static final String NAME = ProviderSettings.REPLICATE;
    private static final Logger LOG = LoggerFactory.getLogger(ReplicateProvider.class);
    private static final Set<String> TERMINAL = Set.of("succeeded", "failed", "canceled", "aborted");

    private final ReplicateSettings settings;
    private final ProviderPolicy policy;
    private final ProviderHttp http;
    private final AudioDownloader downloader;

    public ReplicateProvider(ReplicateSettings settings, ProviderPolicy policy, HttpClient client) {
        this.settings = settings;
        this.policy = policy;
        this.http = new ProviderHttp(NAME, client, policy, settings.token());
        this.downloader = new AudioDownloader(http, settings.baseUrl(), settings.token().map(ReplicateProvider::bearer));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> unavailableReason() {
        return settings.token().isPresent() ? Optional.empty() : Optional.of("REPLICATE_API_TOKEN is not set");
    }

    @Override
    public GeneratedMusic generate(MusicRequest request, GenerationContext context) throws ProviderException {
        ApiKey token = settings.token().orElseThrow(() -> ProviderException.fallBack(NAME, "REPLICATE_API_TOKEN is not set", 0, null));
        if (request.durationSeconds() > settings.maxDurationSeconds()) {
            throw ProviderException.fallBack(NAME, settings.model() + " makes at most " + settings.maxDurationSeconds() + " s", 0, null);
        }
        Deadline deadline = Deadline.forAttempt(context, policy);
        context.progress(0.02, "replicate: submitting");
        Prediction prediction = create(request, token, deadline, context);
        LOG.info("replicate: prediction {} created for track {}, status {}", prediction.id(), request.trackId(), prediction.status());
        boolean settled = false;
        try {
            prediction = awaitTerminal(prediction, request, token, deadline, context);
            settled = true;
        } finally {
            if (!settled) {
                cancel(prediction, token);
            }
        }
        LOG.info("replicate: prediction {} {}", prediction.id(), prediction.status());
        return switch (prediction.status()) {
            case "succeeded" -> download(prediction, deadline, context);
            case "failed" -> throw failed(prediction);
            default -> throw ProviderException.fallBack(NAME, "the prediction was " + prediction.status(), 0, null);
        };
    }

    private Prediction create(MusicRequest request, ApiKey token, Deadline deadline, GenerationContext context) throws ProviderException {
        ObjectNode body = ProviderHttp.json().createObjectNode();
        settings.version().ifPresent(version -> body.put("version", version));
        body.set("input", ModelInput.of(settings.input(), request));
        URI uri = URI.create(settings.baseUrl() + (settings.version().isPresent() ? "/predictions" : "/models/" + settings.model() + "/predictions"));
        HttpRequest.Builder post = HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Authorization", bearer(token))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Prefer", "wait=" + policy.preferWaitS());
        Duration timeout = policy.requestTimeout().plusSeconds(policy.preferWaitS());
        ProviderHttp.JsonResponse response = http.exchangeJson(post, timeout, ProviderHttp.Replay.ONLY_IF_NOT_RECEIVED, deadline, context,
                "creating the prediction");
        if (!response.ok()) {
            throw http.failure(response, "creating the prediction");
        }
        return Prediction.read(response.body(), settings.baseUrl()).orElseThrow(() -> unexpected("creating the prediction"));
    }

    private Prediction awaitTerminal(Prediction created, MusicRequest request, ApiKey token, Deadline deadline, GenerationContext context)
            throws ProviderException {
        long started = System.currentTimeMillis();
        Prediction prediction = created;
        while (!TERMINAL.contains(prediction.status())) {
            if (deadline.passed()) {
                throw http.deadlinePassed("waiting for prediction " + prediction.id());
            }
            long elapsed = System.currentTimeMillis() - started;
            context.progress(prediction.status().equals("processing") ? ModelInput.waiting(0.15, 0.85, elapsed, request.durationSeconds()) : 0.1,
                    "replicate: " + prediction.status());
            Pause.sleep(deadline.cap(policy.pollInterval()), context);
            HttpRequest.Builder get = HttpRequest.newBuilder(prediction.get()).GET()
                    .header("Authorization", bearer(token))
                    .header("Accept", "application/json");
            ProviderHttp.JsonResponse response = http.exchangeJson(get, policy.requestTimeout(), ProviderHttp.Replay.SAFE, deadline, context,
                    "polling the prediction");
            if (response.status() == 429) {
                // Throttled polling is no reason to give the prediction up: wait for the reset and poll again.
                Pause.sleep(deadline.cap(RetryAfter.from(response.headers(), response.body()).orElse(policy.pollInterval())), context);
                continue;
            }
            if (!response.ok()) {
                throw http.failure(response, "polling the prediction");
            }
            Prediction polled = Prediction.read(response.body(), settings.baseUrl()).orElseThrow(() -> unexpected("polling the prediction"));
            if (!TERMINAL.contains(polled.status()) && !Set.of("starting", "processing").contains(polled.status())
                    && !polled.status().equals(prediction.status())) {
                LOG.info("replicate: prediction {} has status '{}', polling on", polled.id(), http.clean(polled.status()));
            }
            prediction = polled;
        }
        return prediction;
    }

    private GeneratedMusic download(Prediction prediction, Deadline deadline, GenerationContext context) throws ProviderException {
        String url = prediction.outputUrls().stream().findFirst()
                .orElseThrow(() -> ProviderException.fallBack(NAME, "the prediction succeeded without an output file", 0, null));
        context.progress(0.9, "replicate: downloading");
        Path audio = downloader.download(url, context.workDirectory(), "replicate-output", deadline, context);
        context.progress(1.0, "replicate: done");
        Map<String, String> details = new HashMap<>();
        details.put("model", settings.model());
        settings.version().ifPresent(version -> details.put("version", version));
        details.put("prediction_id", prediction.id());
        return new GeneratedMusic(NAME, audio, Map.of(), details);
    }

    private ProviderException failed(Prediction prediction) {
        String error = http.clean(prediction.error().orElse("the prediction failed without a message"));
        if (ContentRejection.in(error)) {
            return ProviderException.fail(NAME, error, 0);
        }
        return ProviderException.fallBack(NAME, "the prediction failed: " + error, 0, null);
    }

    private void cancel(Prediction prediction, ApiKey token) {
        LOG.info("replicate: cancelling prediction {}", prediction.id());
        http.sendQuietly(HttpRequest.newBuilder(prediction.cancel()).POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", bearer(token)), "cancelling prediction " + prediction.id());
    }

    private static ProviderException unexpected(String doing) {
        return ProviderException.fallBack(NAME, doing + ": the response is not a prediction", 0, null);
    }

    private static String bearer(ApiKey token) {
        return "Bearer " + token.reveal();
    }

    /**
     * The parts of a prediction we use. Its {@code urls.get} and {@code urls.cancel} are used only on the API's own
     * origin (they receive the token); elsewhere the standard paths under the base URL stand in.
     */
    record Prediction(String id, String status, JsonNode output, Optional<String> error, URI get, URI cancel) {

        static Optional<Prediction> read(JsonNode body, URI baseUrl) {
            String id = body.path("id").asText("");
            if (!id.matches("[A-Za-z0-9_-]{1,128}")) {
                return Optional.empty();
            }
            String status = body.path("status").asText("").trim().toLowerCase(Locale.ROOT);
            JsonNode error = body.path("error");
            Optional<String> errorText = error.isTextual() ? Optional.of(error.asText())
                    : error.isMissingNode() || error.isNull() ? Optional.empty() : Optional.of(error.toString());
            URI standard = URI.create(baseUrl + "/predictions/" + id);
            return Optional.of(new Prediction(id, status, body.path("output"), errorText,
                    ProviderHttp.onOrigin(body.path("urls").path("get"), baseUrl).orElse(standard),
                    ProviderHttp.onOrigin(body.path("urls").path("cancel"), baseUrl).orElse(URI.create(standard + "/cancel"))));
        }

        /** The output's file URLs: a string, a list of strings, or the string values of an object. */
        List<String> outputUrls() {
            List<JsonNode> candidates = new ArrayList<>();
            if (output.isTextual()) {
                candidates.add(output);
            } else if (output.isArray() || output.isObject()) {
                output.forEach(candidates::add);
            }
            return candidates.stream().filter(JsonNode::isTextual).map(JsonNode::asText)
                    .filter(AudioDownloader::fetchable)
                    .toList();
        }
    }
}
