package dev.codelive.foundry.render;

import dev.codelive.audio.io.AudioDecoder;
import dev.codelive.audio.io.AudioSource;
import dev.codelive.audio.io.Dither;
import dev.codelive.audio.io.FlacWriter;
import dev.codelive.platform.storage.Blob;
import dev.codelive.platform.storage.BlobKey;
import dev.codelive.platform.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The FLAC copy of a stored track WAV, made the first time it is asked for and kept beside it. Encoding is a lossless
 * transcode of the 16-bit samples (no dither: they are already on the grid), so the copy decodes to exactly the WAV's
 * samples. Requests for the same copy on this server wait for one encoding; another replica may encode it again at the
 * same time, which writes the same bytes.
 */
public final class FlacCopies {
    private static final int BITS = 16;

    private final BlobStore blobs;
    private final AudioDecoder decoder;
    private final Path workRoot;
    private final FoundryMetrics metrics;
    private final ConcurrentMap<BlobKey, CompletableFuture<Boolean>> encoding = new ConcurrentHashMap<>();

    public FlacCopies(BlobStore blobs, AudioDecoder decoder, Path workRoot, FoundryMetrics metrics) {
        this.blobs = blobs;
        this.decoder = decoder;
        this.workRoot = workRoot;
        this.metrics = metrics;
    }

    /**
     * Makes sure {@code flac} holds the FLAC copy of {@code wav}.
     *
     * @return {@code false} when there is no such WAV to copy
     * @throws dev.codelive.audio.io.AudioFormatException when the stored WAV is damaged
     */
    public boolean ensure(BlobKey wav, BlobKey flac) {
        if (blobs.exists(flac)) {
            return true;
        }
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = encoding.putIfAbsent(flac, mine);
        if (running != null) {
            return await(running);
        }
        try {
            boolean made = blobs.exists(flac) || encode(wav, flac);
            mine.complete(made);
            return made;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            encoding.remove(flac, mine);
        }
    }

    private boolean encode(BlobKey wav, BlobKey flac) {
        long started = System.nanoTime();
        Path work = null;
        try {
            work = Files.createTempDirectory(Files.createDirectories(workRoot), "flac-");
            Path source = work.resolve("source.wav");
            Path encoded = work.resolve("copy.flac");
            if (!download(wav, source)) {
                return false;
            }
            try (AudioSource audio = decoder.open(source)) {
                new FlacWriter(Dither.NONE).write(audio, encoded, BITS);
            }
            try (InputStream content = Files.newInputStream(encoded)) {
                blobs.put(flac, content, Files.size(encoded), TrackAudio.Format.FLAC.contentType());
            }
            metrics.flacEncoded(System.nanoTime() - started);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the FLAC copy of " + wav.value(), e);
        } finally {
            WorkRoot.deleteQuietly(work);
        }
    }

    private boolean download(BlobKey key, Path target) throws IOException {
        Optional<Blob> blob = blobs.open(key);
        if (blob.isEmpty()) {
            return false;
        }
        try (Blob content = blob.get()) {
            Files.copy(content.content(), target);
        }
        return true;
    }

    private static boolean await(CompletableFuture<Boolean> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
