package dev.codelive.foundry.provider;

import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fetches a provider's output into the work directory as soon as it exists (hosted outputs expire): {@code http(s)}
 * or {@code data:} URLs, redirects followed by hand so that a credential stays on its own origin, at most the
 * policy's size, and only when the bytes are audio. Every failure here means falling back (or retrying when the
 * network or a rate limit is to blame): another provider may well deliver.
 */
final class AudioDownloader {
    private static final int MAX_REDIRECTS = 5;
    private static final int BUFFER_BYTES = 64 * 1024;

    private final ProviderHttp http;
    private final URI credentialOrigin;
    private final Optional<String> authorization;

    /**
     * @param credentialOrigin the only origin that may receive {@code authorization}
     * @param authorization the Authorization header value for outputs served by the provider's own API, if any
     */
    AudioDownloader(ProviderHttp http, URI credentialOrigin, Optional<String> authorization) {
        this.http = http;
        this.credentialOrigin = credentialOrigin;
        this.authorization = authorization;
    }

    /** True for the URLs this downloader fetches: {@code http(s)} and {@code data:}. */
    static boolean fetchable(String url) {
        return url.startsWith("https://") || url.startsWith("http://") || url.startsWith("data:");
    }

    /** Downloads {@code url} to {@code directory/baseName.<ext>}, the extension from the audio format found. */
    Path download(String url, Path directory, String baseName, Deadline deadline, GenerationContext context) throws ProviderException {
        if (url.regionMatches(true, 0, "data:", 0, 5)) {
            return saveDataUrl(url, directory, baseName);
        }
        URI target = parse(url);
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(target).GET().header("Accept", "audio/*, application/octet-stream, */*;q=0.1");
            if (authorization.isPresent() && ProviderHttp.sameOrigin(credentialOrigin, target)) {
                request.header("Authorization", authorization.get());
            }
            HttpResponse<InputStream> response = http.exchange(request, http.policy().requestTimeout(), ProviderHttp.Replay.SAFE, deadline, context,
                    "downloading the output");
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("location").isPresent()) {
                closeQuietly(response.body());
                target = parse(target.resolve(response.headers().firstValue("location").get()).toString());
                continue;
            }
            if (status >= 200 && status < 300) {
                return save(response, directory, baseName, deadline, context);
            }
            closeQuietly(response.body());
            throw refused(status, response);
        }
        throw ProviderException.fallBack(http.provider(), "downloading the output: more than " + MAX_REDIRECTS + " redirects", 0, null);
    }

    private ProviderException refused(int status, HttpResponse<InputStream> response) {
        if (status == 429) {
            Duration after = RetryAfter.from(response.headers(), MissingNode.getInstance()).orElse(http.policy().httpRetryBackoff());
            return ProviderException.retry(http.provider(), "downloading the output: rate limited (HTTP 429)", after, status, null);
        }
        if (status == 403 || status == 404 || status == 410) {
            return ProviderException.fallBack(http.provider(), "the output is gone (HTTP " + status + "); hosted outputs expire", status, null);
        }
        return ProviderException.fallBack(http.provider(), "downloading the output: HTTP " + status, status, null);
    }

    private Path save(HttpResponse<InputStream> response, Path directory, String baseName, Deadline deadline, GenerationContext context)
            throws ProviderException {
        long max = http.policy().maxDownloadBytes();
        OptionalLong length = response.headers().firstValueAsLong("content-length");
        Optional<String> type = response.headers().firstValue("content-type");
        if ((length.isPresent() && length.getAsLong() > max) || (type.isPresent() && !audioContentType(type.get()))) {
            closeQuietly(response.body());
            throw length.isPresent() && length.getAsLong() > max ? tooLarge(max) : notAudio("Content-Type " + type.get());
        }
        Path partial = directory.resolve(baseName + ".part");
        InputStream body = response.body();
        // HttpClient's timeout ends when the headers arrive; a stalled body is cut off at the deadline by closing it.
        CompletableFuture<Void> guard = CompletableFuture.runAsync(() -> closeQuietly(body),
                CompletableFuture.delayedExecutor(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS));
        byte[] prefix = new byte[AudioSignature.PREFIX_BYTES];
        int prefixLength = 0;
        long total = 0;
        try (body; OutputStream out = create(partial)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            int read;
            while ((read = body.read(buffer)) >= 0) {
                context.checkpoint();
                total += read;
                if (total > max) {
                    throw tooLarge(max);
                }
                int copy = Math.min(read, prefix.length - prefixLength);
                System.arraycopy(buffer, 0, prefix, prefixLength, copy);
                prefixLength += copy;
                write(out, buffer, read);
            }
        } catch (IOException e) {
            deleteQuietly(partial);
            if (deadline.passed()) {
                throw http.deadlinePassed("downloading the output");
            }
            throw ProviderException.retry(http.provider(), http.clean("downloading the output: network error: " + e.getClass().getSimpleName()),
                    Duration.ZERO, 0, null);
        } catch (ProviderException | RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        } finally {
            guard.cancel(false);
        }
        return keepIfAudio(partial, prefix, prefixLength, directory, baseName);
    }

    /** Local disk trouble is no provider's fault: it surfaces as is rather than as a network error. */
    private static OutputStream create(Path file) {
        try {
            return Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the work directory", e);
        }
    }

    private static void write(OutputStream out, byte[] buffer, int length) {
        try {
            out.write(buffer, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the work directory", e);
        }
    }

    private Path saveDataUrl(String url, Path directory, String baseName) throws ProviderException {
        int comma = url.indexOf(',');
        String header = comma < 0 ? "" : url.substring(5, comma).toLowerCase(Locale.ROOT);
        if (comma < 0 || !header.endsWith(";base64")) {
            throw notAudio("a data: URL that is not base64");
        }
        String mediaType = header.substring(0, header.length() - ";base64".length());
        if (!mediaType.isEmpty() && !audioContentType(mediaType)) {
            throw notAudio("a data: URL of type " + mediaType);
        }
        long max = http.policy().maxDownloadBytes();
        String payload = url.substring(comma + 1);
        if ((long) payload.length() / 4 * 3 > max + 2) {
            throw tooLarge(max);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(payload);
        } catch (IllegalArgumentException e) {
            throw notAudio("a data: URL with broken base64");
        }
        if (bytes.length > max) {
            throw tooLarge(max);
        }
        Path partial = directory.resolve(baseName + ".part");
        try {
            Files.write(partial, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the work directory", e);
        }
        return keepIfAudio(partial, bytes, Math.min(bytes.length, AudioSignature.PREFIX_BYTES), directory, baseName);
    }

    private Path keepIfAudio(Path partial, byte[] prefix, int prefixLength, Path directory, String baseName) throws ProviderException {
        Optional<String> extension = AudioSignature.extension(prefix, prefixLength);
        try {
            if (extension.isEmpty()) {
                Files.deleteIfExists(partial);
                throw notAudio("bytes that are not WAV, FLAC, MP3 or Ogg");
            }
            return Files.move(partial, directory.resolve(baseName + "." + extension.get()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the work directory", e);
        }
    }

    private URI parse(String url) throws ProviderException {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, without the URL: it may carry a signature
        }
        throw ProviderException.fallBack(http.provider(), "the output is not an http(s) URL", 0, null);
    }

    private static boolean audioContentType(String contentType) {
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.startsWith("audio/") || type.equals("application/octet-stream") || type.equals("binary/octet-stream")
                || type.equals("application/ogg") || type.equals("video/ogg");
    }

    private ProviderException tooLarge(long max) {
        return ProviderException.fallBack(http.provider(), "the output is larger than the limit of " + max + " bytes", 0, null);
    }

    private ProviderException notAudio(String what) {
        return ProviderException.fallBack(http.provider(), "the output is not audio: " + what, 0, null);
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // the exchange is over either way
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover partial file goes with the work directory
        }
    }
}
