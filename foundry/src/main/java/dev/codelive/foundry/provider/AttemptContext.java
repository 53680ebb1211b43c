package dev.codelive.foundry.provider;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** What one attempt sees: its own work directory and deadline, the job's cancel check, and progress mapped into the job's. */
final class AttemptContext implements GenerationContext {
    private final GenerationContext job;
    private final ChainProgress progress;
    private final Path workDirectory;
    private final Instant deadline;

    AttemptContext(GenerationContext job, ChainProgress progress, Path workDirectory, Instant deadline) {
        this.job = job;
        this.progress = progress;
        this.workDirectory = workDirectory;
        this.deadline = deadline;
    }

    @Override
    public Path workDirectory() {
        return workDirectory;
    }

    @Override
    public void progress(double fraction, String message) {
        progress.attempt(fraction, message);
    }

    @Override
    public void checkpoint() {
        job.checkpoint();
    }

    @Override
    public Optional<Instant> deadline() {
        return Optional.of(job.deadline().filter(jobDeadline -> jobDeadline.isBefore(deadline)).orElse(deadline));
    }
}
