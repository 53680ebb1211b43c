package dev.codelive.platform.http;

import dev.codelive.platform.storage.Blob;
import dev.codelive.platform.storage.BlobInfo;
import dev.codelive.platform.storage.BlobKey;
import dev.codelive.platform.storage.BlobStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a stored blob as an HTTP response that media players can seek in: {@code Content-Length}, a strong
 * {@code ETag} (the content's SHA-256), {@code If-None-Match} → 304, single {@code Range} requests → 206 (with
 * {@code If-Range}), 416 for a range past the end, and the content streamed from storage, never held in memory.
 */
public final class BlobDownload {
    private static final Logger LOG = LoggerFactory.getLogger(BlobDownload.class);
    private static final int BUFFER = 64 * 1024;

    private final BlobStore blobs;

    public BlobDownload(BlobStore blobs) {
        this.blobs = blobs;
    }

    /**
     * Answers the request with the blob, or returns false when there is no such blob (the caller answers 404 in its
     * own words).
     *
     * @param contentType the media type to send, e.g. {@code audio/flac}
     * @param fileName offered as the download's name in {@code Content-Disposition: inline}
     */
    public boolean send(Context ctx, BlobKey key, String contentType, String fileName) {
        Optional<BlobInfo> found = blobs.stat(key);
        if (found.isEmpty()) {
            return false;
        }
        BlobInfo info = found.get();
        String etag = "\"" + info.sha256().orElse(info.etag()) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Accept-Ranges", "bytes");
        ctx.header("Cache-Control", "private, no-cache");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return true;
        }
        ByteRange.Request wanted = rangeApplies(ctx, etag) ? ByteRange.parse(ctx.header("Range"), info.size()) : new ByteRange.Whole();
        switch (wanted) {
            case ByteRange.Unsatisfiable ignored -> throw new ProblemException(Problem.of(ProblemType.RANGE_NOT_SATISFIABLE,
                    "the range asked for starts past the end of the " + info.size() + " bytes"), Map.of("Content-Range", "bytes */" + info.size()));
            case ByteRange.Part part -> {
                ctx.status(206);
                ctx.header("Content-Range", part.range().contentRange(info.size()));
                stream(ctx, key, contentType, fileName, part.range().first(), part.range().length());
            }
            case ByteRange.Whole ignored -> stream(ctx, key, contentType, fileName, 0, info.size());
        }
        return true;
    }

    /** A range applies unless {@code If-Range} names another version. */
    private static boolean rangeApplies(Context ctx, String etag) {
        String ifRange = ctx.header("If-Range");
        return ifRange == null || ifRange.trim().equals(etag);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private void stream(Context ctx, BlobKey key, String contentType, String fileName, long offset, long length) {
        ctx.contentType(contentType);
        ctx.header("Content-Length", Long.toString(length));
        ctx.header("Content-Disposition", "inline; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        // The blob may vanish between stat and open (deleted meanwhile): answer as if it had never been there.
        Blob blob = blobs.open(key, offset).orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND, "no such file"));
        try (blob; InputStream content = blob.content(); OutputStream out = ctx.outputStream()) {
            byte[] buffer = new byte[BUFFER];
            long left = length;
            while (left > 0) {
                int read = content.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        } catch (IOException e) {
            // Usually the client went away mid-download (a media element aborts the previous request when it seeks).
            // The status line is sent: there is nothing left to answer either way.
            LOG.debug("download of {} ended early: {}", key, e.toString());
        }
    }
}
