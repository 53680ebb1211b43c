package dev.codelive.platform.jobs;

import java.util.Map;

/**
 * How a module shows the jobs of its queue in the job API ({@code GET /api/jobs/{id}}): what it calls running, and
 * what it adds from its own records (the provider used, the track made, a failure as a problem of its own).
 */
public interface JobPresenter {

    /** The default: running is {@code RUNNING}, nothing added. */
    JobPresenter PLAIN = new JobPresenter() {};

    /** The state shown for {@link JobState#RUNNING}, e.g. {@code RENDERING}. */
    default String runningState() {
        return JobState.RUNNING.name();
    }

    /**
     * Fields added to the job's view (snake_case names). A {@code problem} entry replaces the platform's problem of a
     * failed job. Called on every read of the job: keep it to one cheap lookup.
     */
    default Map<String, Object> details(Job job) {
        return Map.of();
    }
}
