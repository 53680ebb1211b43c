package dev.codelive.platform.execution;

import java.util.Map;

/**
 * A finished run.
 *
 * @param status as the execute API reports it: ok, runtime_error, compile_error, timeout, memory_limit, output_limit or killed
 * @param stdout what the program printed
 * @param report the whole result, as {@code POST /api/execute} answers it
 */
public record ProgramRun(String status, String stdout, Map<String, Object> report) {
    public ProgramRun {
        report = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(report));
    }
}
