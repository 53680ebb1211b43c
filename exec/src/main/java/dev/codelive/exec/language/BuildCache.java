package dev.codelive.exec.language;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Builds by the hash of their source and toolchain version, so that running the same code again skips the compiler.
 * Callers asking for a build in progress wait for it instead of compiling again; a failed build is not kept.
 * The least recently used builds are deleted beyond {@code maxEntries}.
 */
public final class BuildCache implements AutoCloseable {
    private final AsyncCache<String, Build> builds;
    private final ExecutorService compilers = Executors.newVirtualThreadPerTaskExecutor();

    public BuildCache(int maxEntries) {
        this.builds = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .executor(Runnable::run)
                .removalListener((String key, Build build, RemovalCause cause) -> {
                    if (build != null && cause != RemovalCause.REPLACED) {
                        WorkDirectory.delete(build.artefact().getParent());
                    }
                })
                .buildAsync();
    }

    /** The key of a build: what changes its artefact. */
    public static String key(Language language, String toolchainVersion, String source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {language.wire(), toolchainVersion, source}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached build, if there is one and it is finished. */
    public boolean contains(String key) {
        CompletableFuture<Build> build = builds.getIfPresent(key);
        return build != null && build.isDone() && !build.isCompletedExceptionally() && Files.isRegularFile(build.join().artefact());
    }

    /**
     * The build for {@code key}: the cached one, or the one {@code compile} makes.
     *
     * @throws CompileFailedException when the compiler refuses the code
     */
    public Build get(String key, Supplier<Build> compile) throws InterruptedException {
        CompletableFuture<Build> build = builds.get(key, (ignored, executor) -> CompletableFuture.supplyAsync(compile, compilers));
        try {
            Build built = build.get();
            if (!Files.isRegularFile(built.artefact())) {
                // Deleted under us (a /tmp cleaner, an operator): build again rather than fail the run.
                builds.asMap().remove(key, build);
                return get(key, compile);
            }
            return built;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException wrapped ? wrapped.getCause() : e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a build failed", cause);
        }
    }

    public long size() {
        return builds.synchronous().estimatedSize();
    }

    @Override
    public void close() {
        compilers.shutdownNow();
    }
}
