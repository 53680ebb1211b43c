package dev.codelive.platform.execution;

import dev.codelive.platform.auth.User;
import java.util.Optional;

/**
 * Runs a program in the live-execution sandbox for another capability (Code Live runs what it rendered). The
 * execution module provides it through {@link dev.codelive.platform.server.Services}; the caller never sees the
 * sandbox. Refusals (sandbox missing, language switched off, too busy) are thrown as problems, exactly as
 * {@code POST /api/execute} answers them.
 */
public interface ProgramRunner {

    /** Runs {@code source}, written in {@code language} (a name of {@code GET /api/execute/languages}), for {@code caller}. */
    ProgramRun run(String language, String source, Optional<User> caller);
}
