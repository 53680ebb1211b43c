package dev.codelive.platform.testing;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;

/**
 * An S3 server in this JVM: s3proxy over jclouds' in-memory blob store, on an ephemeral loopback port, with SigV4
 * authentication, so the S3 store is tested against the real protocol without any outside service.
 */
public final class TestS3 implements AutoCloseable {
    public static final String ACCESS_KEY = "codelive-test-access";
    public static final String SECRET_KEY = "codelive-test-secret-0123456789";
    public static final String REGION = "us-east-1";

    private final BlobStoreContext context;
    private final S3Proxy proxy;

    private TestS3(BlobStoreContext context, S3Proxy proxy) {
        this.context = context;
        this.proxy = proxy;
    }

    public static TestS3 start() {
        BlobStoreContext context = ContextBuilder.newBuilder("transient").build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        try {
            proxy.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("s3proxy did not start within 10 s (state " + proxy.getState() + ")");
                }
                Thread.sleep(10);
            }
        } catch (Exception e) {
            context.close();
            throw new IllegalStateException("cannot start s3proxy", e);
        }
        return new TestS3(context, proxy);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** Creates an empty bucket with a unique name and returns the name. */
    public String newBucket() {
        String bucket = "test-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toLowerCase(Locale.ROOT);
        context.getBlobStore().createContainerInLocation(null, bucket);
        return bucket;
    }

    /** The environment that points a server at {@code bucket} here. */
    public Map<String, String> env(String bucket) {
        return Map.of("S3_ENDPOINT", endpoint().toString(), "S3_BUCKET", bucket, "S3_ACCESS_KEY", ACCESS_KEY,
                "S3_SECRET_KEY", SECRET_KEY, "S3_REGION", REGION);
    }

    /** Names of every object in {@code bucket}, including ones no blob key could have (probes, stray uploads). */
    public List<String> rawKeys(String bucket) {
        return context.getBlobStore().list(bucket, ListContainerOptions.Builder.recursive()).stream()
                .map(StorageMetadata::getName)
                .sorted()
                .toList();
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop s3proxy", e);
        } finally {
            context.close();
        }
    }
}
