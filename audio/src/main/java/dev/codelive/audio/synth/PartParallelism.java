package dev.codelive.audio.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs one task per part on a few threads and returns the results in the parts' order. */
final class PartParallelism {
    private final int threads;

    PartParallelism(int threads) {
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be from 1 to 64, got " + threads);
        }
        this.threads = threads;
    }

    <T, R> List<R> map(List<T> items, Function<T, R> task) {
        if (threads == 1 || items.size() <= 1) {
            return items.stream().map(task).toList();
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()))) {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> task.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("rendering a part failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rendering was interrupted", e);
        }
    }
}
