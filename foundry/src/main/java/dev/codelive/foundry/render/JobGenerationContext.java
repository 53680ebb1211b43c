package dev.codelive.foundry.render;

import dev.codelive.foundry.provider.GenerationContext;
import dev.codelive.platform.jobs.JobContext;
import java.nio.file.Path;

/**
 * A provider's view of the job it works for. Providers report 0-1 for their own work; the job spends the first
 * {@value #GENERATION_SHARE} of its progress on that and the rest on storing the audio.
 */
final class JobGenerationContext implements GenerationContext {
    static final double GENERATION_SHARE = 0.85;

    private final JobContext job;
    private final Path workDirectory;

    JobGenerationContext(JobContext job, Path workDirectory) {
        this.job = job;
        this.workDirectory = workDirectory;
    }

    @Override
    public Path workDirectory() {
        return workDirectory;
    }

    @Override
    public void progress(double fraction, String message) {
        job.progress(Math.max(0, Math.min(1, fraction)) * GENERATION_SHARE, message);
    }

    @Override
    public void checkpoint() {
        job.checkpoint();
    }
}
