package dev.codelive.exec.api;

import dev.codelive.exec.run.ExecutionOrder;
import dev.codelive.exec.run.ExecutionReport;
import dev.codelive.platform.auth.User;
import java.util.Optional;

/** Keeps the execution log: every execution that ran, whatever its outcome. */
@FunctionalInterface
public interface ExecutionRecorder {

    /** Records a finished execution; {@code origin} is {@code api} or {@code render}. Returns the execution's id. */
    String record(ExecutionOrder order, Optional<User> caller, ExecutionReport report, String origin);
}
