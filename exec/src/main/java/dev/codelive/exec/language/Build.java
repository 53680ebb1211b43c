package dev.codelive.exec.language;

import java.nio.file.Path;

/**
 * A built program.
 *
 * @param artefact the host file to show the run under {@code /sandbox}
 * @param compileMillis how long the build took (when it was made, not when it was found in the cache)
 */
public record Build(Path artefact, long compileMillis) {}
