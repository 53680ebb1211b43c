package dev.codelive.foundry.provider;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** The job's side of a generation in tests: a temporary work directory, recorded progress, and a cancel switch. */
final class TestContext implements GenerationContext {

    /** What {@link #checkpoint()} throws once cancelled, as the platform's JobCancelledException would. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("job cancelled");
        }
    }

    record Progress(double fraction, String message) {}

    private final Path workDirectory;
    private final Optional<Instant> deadline;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Progress> progress = new CopyOnWriteArrayList<>();

    TestContext(Path workDirectory) {
        this(workDirectory, Optional.empty());
    }

    TestContext(Path workDirectory, Optional<Instant> deadline) {
        this.workDirectory = workDirectory;
        this.deadline = deadline;
    }

    void cancel() {
        cancelled.set(true);
    }

    List<Progress> progress() {
        return List.copyOf(progress);
    }

    @Override
    public Path workDirectory() {
        return workDirectory;
    }

    @Override
    public void progress(double fraction, String message) {
        progress.add(new Progress(fraction, message));
    }

    @Override
    public void checkpoint() {
        if (cancelled.get()) {
            throw new Cancelled();
        }
    }

    @Override
    public Optional<Instant> deadline() {
        return deadline;
    }
}
