package dev.codelive.platform.storage;

import dev.codelive.platform.config.S3Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Blobs as objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, Garage…), through the AWS SDK v2.
 *
 * <p>Content is first spooled to a local temporary file while its SHA-256 and size are computed, then sent with one
 * PutObject of known length. That keeps the request retryable (the SDK re-reads the file on a retry, which a consumed
 * stream could not offer), lets the SHA-256 travel with the object as {@code x-amz-meta-sha256}, sends a
 * {@code Content-MD5} that the server verifies before it stores anything, and needs no multipart bookkeeping or cleanup
 * of abandoned parts. The price is local disk for each upload in flight and a 5 GiB ceiling per blob (S3's single-PUT
 * limit), ample for audio.
 *
 * <p>Content-MD5 rather than the newer {@code x-amz-checksum-sha256}: every S3-compatible server checks the former,
 * while some (s3proxy among them) refuse the latter as an unknown header.
 */
public final class S3BlobStore implements BlobStore {
    private static final Logger LOG = LoggerFactory.getLogger(S3BlobStore.class);
    /** S3 refuses a single PutObject beyond this. */
    static final long MAX_OBJECT_BYTES = 5L * 1024 * 1024 * 1024;
    private static final String SHA256_METADATA = "sha256";
    /** Probe objects live under a name no {@link BlobKey} can have, so listings never show them. */
    private static final String PROBE_PREFIX = ".codelive-probe/";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final S3Client client;
    private final String bucket;
    private final String location;
    private final Path spoolDir;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param client an S3 client; closed with this store
     * @param location where the bucket is, for messages (an endpoint, never credentials)
     * @param spoolDir where uploads wait on local disk before they are sent
     */
    public S3BlobStore(S3Client client, String bucket, String location, Path spoolDir, Clock clock) {
        this.client = client;
        this.bucket = bucket;
        this.location = location;
        this.spoolDir = spoolDir.toAbsolutePath().normalize();
        this.clock = clock;
        try {
            Files.createDirectories(this.spoolDir);
            int removed = Uploads.removeOlderThan(this.spoolDir, file -> true, clock.instant().minus(Uploads.STALE_AFTER));
            if (removed > 0) {
                LOG.info("removed {} spooled uploads left in {} by an earlier run", removed, this.spoolDir);
            }
        } catch (IOException e) {
            LOG.warn("upload spool directory {} is not usable: {}", this.spoolDir, LocalBlobStore.describe(e));
        }
    }

    /** A store for the configured bucket, with a client that speaks to {@code settings.endpoint()}. */
    public static S3BlobStore connect(S3Settings settings, Path spoolDir) {
        S3Client client = S3Client.builder()
                .endpointOverride(settings.endpoint())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT).socketTimeout(READ_TIMEOUT))
                // The SDK's default trailing CRC checksums (aws-chunked uploads) are not understood by every S3-compatible
                // server; integrity comes from the Content-MD5 on each put instead.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
        return new S3BlobStore(client, settings.bucket(), settings.endpoint().toString(), spoolDir, Clock.systemUTC());
    }

    @Override
    public BlobInfo put(BlobKey key, InputStream content, long length, String contentType) {
        Uploads.checkRequest(content, length, contentType);
        if (length > MAX_OBJECT_BYTES) {
            throw new BlobStoreException("blob '" + key + "' is " + length + " bytes; S3 storage takes at most " + MAX_OBJECT_BYTES);
        }
        Path spool = null;
        try {
            Files.createDirectories(spoolDir);
            spool = spoolDir.resolve(UUID.randomUUID() + ".part");
            Uploads.Copied copied;
            try (OutputStream out = Files.newOutputStream(spool, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                copied = Uploads.copy(key, content, length, out);
            }
            if (copied.size() > MAX_OBJECT_BYTES) {
                throw new BlobStoreException("blob '" + key + "' is " + copied.size() + " bytes; S3 storage takes at most " + MAX_OBJECT_BYTES);
            }
            PutObjectResponse response = client.putObject(request -> request
                    .bucket(bucket)
                    .key(key.value())
                    .contentType(contentType)
                    .contentLength(copied.size())
                    .metadata(Map.of(SHA256_METADATA, copied.sha256()))
                    .contentMD5(Base64.getEncoder().encodeToString(copied.md5())),
                    RequestBody.fromFile(spool));
            return new BlobInfo(key, copied.size(), Optional.of(copied.sha256()), etag(response.eTag()), contentType, clock.instant());
        } catch (IOException e) {
            throw new BlobStoreException("cannot spool blob '" + key + "' to " + spoolDir + ": " + LocalBlobStore.describe(e), e);
        } catch (SdkException e) {
            throw failure("PutObject", key, e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException e) {
                    LOG.warn("could not remove spooled upload {}: {}", spool, e.getMessage());
                }
            }
        }
    }

    @Override
    public Optional<Blob> open(BlobKey key) {
        return open(key, 0);
    }

    @Override
    public Optional<Blob> open(BlobKey key, long offset) {
        BlobStore.requireOffset(offset);
        if (offset > 0) {
            // S3 refuses a range that starts past the end (416), where this interface promises an empty stream.
            Optional<BlobInfo> info = stat(key);
            if (info.isEmpty()) {
                return Optional.empty();
            }
            if (offset >= info.get().size()) {
                return Optional.of(new Blob(info.get(), InputStream.nullInputStream()));
            }
        }
        try {
            ResponseInputStream<GetObjectResponse> stream = client.getObject(request -> request.bucket(bucket).key(key.value())
                    .range(offset > 0 ? "bytes=" + offset + "-" : null));
            GetObjectResponse response = stream.response();
            long size = offset > 0 ? totalSize(response.contentRange(), response.contentLength() + offset) : response.contentLength();
            BlobInfo info = new BlobInfo(key, size, Optional.ofNullable(response.metadata().get(SHA256_METADATA)),
                    etag(response.eTag()), response.contentType(), response.lastModified());
            return Optional.of(new Blob(info, stream));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw failure("GetObject", key, e);
        }
    }

    @Override
    public Optional<BlobInfo> stat(BlobKey key) {
        try {
            HeadObjectResponse response = client.headObject(request -> request.bucket(bucket).key(key.value()));
            return Optional.of(new BlobInfo(key, response.contentLength(), Optional.ofNullable(response.metadata().get(SHA256_METADATA)),
                    etag(response.eTag()), response.contentType(), response.lastModified()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw failure("HeadObject", key, e);
        }
    }

    @Override
    public void delete(BlobKey key) {
        try {
            client.deleteObject(request -> request.bucket(bucket).key(key.value()));
        } catch (SdkException e) {
            throw failure("DeleteObject", key, e);
        }
    }

    /** Objects whose names are not valid keys (put there by other tools, or probes) are passed over. */
    @Override
    public BlobPage list(String prefix, String after, int limit) {
        BlobKey.checkPrefix(prefix);
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE_SIZE + ", got " + limit);
        }
        List<BlobSummary> items = new ArrayList<>();
        String cursor = after == null ? "" : after;
        try {
            while (true) {
                ListObjectsV2Request.Builder request = ListObjectsV2Request.builder().bucket(bucket).maxKeys(limit - items.size());
                if (!prefix.isEmpty()) {
                    request.prefix(prefix);
                }
                if (!cursor.isEmpty()) {
                    request.startAfter(cursor);
                }
                ListObjectsV2Response response = client.listObjectsV2(request.build());
                List<S3Object> contents = response.contents();
                for (int i = 0; i < contents.size(); i++) {
                    S3Object object = contents.get(i);
                    cursor = object.key();
                    if (BlobKey.isValid(object.key())) {
                        items.add(new BlobSummary(BlobKey.of(object.key()), object.size(), object.lastModified()));
                        if (items.size() == limit) {
                            boolean more = i < contents.size() - 1 || Boolean.TRUE.equals(response.isTruncated());
                            return new BlobPage(items, more ? Optional.of(cursor) : Optional.empty());
                        }
                    }
                }
                if (!Boolean.TRUE.equals(response.isTruncated()) || contents.isEmpty()) {
                    return new BlobPage(items, Optional.empty());
                }
            }
        } catch (SdkException e) {
            throw new BlobStoreException("S3 ListObjectsV2 in bucket '" + bucket + "' at " + location + " failed: " + reason(e), e);
        }
    }

    @Override
    public void checkWritable() {
        byte[] expected = new byte[32];
        random.nextBytes(expected);
        String key = PROBE_PREFIX + UUID.randomUUID();
        try {
            client.putObject(request -> request.bucket(bucket).key(key).contentType("application/octet-stream"), RequestBody.fromBytes(expected));
            try {
                byte[] actual = client.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray();
                if (!Arrays.equals(actual, expected)) {
                    throw new BlobStoreException("S3 bucket '" + bucket + "' at " + location + " returned different bytes than were written");
                }
            } finally {
                client.deleteObject(request -> request.bucket(bucket).key(key));
            }
        } catch (SdkException e) {
            throw new BlobStoreException("S3 bucket '" + bucket + "' at " + location + " is not writable: " + reason(e), e);
        }
    }

    @Override
    public String describe() {
        return "s3 bucket '" + bucket + "' at " + location;
    }

    @Override
    public void close() {
        client.close();
    }

    private BlobStoreException failure(String operation, BlobKey key, SdkException e) {
        return new BlobStoreException("S3 " + operation + " of blob '" + key + "' in bucket '" + bucket + "' at " + location
                + " failed: " + reason(e), e);
    }

    /** The SDK's message, led by S3's error code (NoSuchBucket, AccessDenied, SignatureDoesNotMatch…) when there is one. */
    private static String reason(SdkException e) {
        if (e instanceof S3Exception s3 && s3.awsErrorDetails() != null && s3.awsErrorDetails().errorCode() != null) {
            return s3.awsErrorDetails().errorCode() + ": " + e.getMessage();
        }
        return e.getMessage();
    }

    /** S3 quotes ETags; callers get the bare value. */
    private static String etag(String raw) {
        return raw == null ? "" : raw.replace("\"", "");
    }

    /** The whole object's size from a {@code Content-Range: bytes a-b/size} answer. */
    private static long totalSize(String contentRange, long fallback) {
        if (contentRange == null) {
            return fallback;
        }
        int slash = contentRange.lastIndexOf('/');
        try {
            return slash < 0 ? fallback : Long.parseLong(contentRange.substring(slash + 1).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
