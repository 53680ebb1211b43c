package dev.codelive.platform.storage;

import dev.codelive.platform.config.ServerConfig;
import java.nio.file.Path;

/** Picks the store the configuration asks for: S3 when {@code S3_*} is set, else files under {@code DATA_DIR/blobs}. */
public final class BlobStores {
    private BlobStores() {}

    public static BlobStore open(ServerConfig config) {
        Path dataDir = config.dataDir();
        return config.s3()
                .<BlobStore>map(s3 -> S3BlobStore.connect(s3, dataDir.resolve("tmp").resolve("uploads")))
                .orElseGet(() -> new LocalBlobStore(dataDir.resolve("blobs")));
    }
}
