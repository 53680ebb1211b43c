package dev.codelive.platform.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * An open blob: its metadata and a stream of its content, which the caller must close.
 *
 * <p>The stream reads the version that was current when the blob was opened, even if it is overwritten meanwhile.
 *
 * @param info what the store knows about it
 * @param content the bytes, exactly {@code info.size()} of them
 */
public record Blob(BlobInfo info, InputStream content) implements AutoCloseable {
    @Override
    public void close() throws IOException {
        content.close();
    }
}
