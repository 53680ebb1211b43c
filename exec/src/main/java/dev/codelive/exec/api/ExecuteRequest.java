package dev.codelive.exec.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.exec.ExecPolicy;
import dev.codelive.exec.language.Language;
import dev.codelive.exec.run.ExecutionOrder;
import dev.codelive.exec.run.RunLimits;
import dev.codelive.platform.http.FieldError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and validates the body of {@code POST /api/execute}. Unknown fields, wrong types and values out of range are
 * errors naming the field; limits above the policy's maxima are capped, not refused.
 */
final class ExecuteRequest {
    private static final Set<String> FIELDS = Set.of("language", "code", "stdin", "args", "limits", "dialect", "dataset", "row_cap");
    private static final Set<String> LIMITS = Set.of("timeout_ms", "memory_mb", "output_kb");
    static final String LANGUAGES = Arrays.stream(Language.values()).map(Language::wire).collect(Collectors.joining(", "));

    private ExecuteRequest() {}

    /** The order, or the errors found, field by field. */
    static Parsed read(JsonNode body, ExecPolicy policy) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            return new Parsed(null, List.of(new FieldError("body", "must be a JSON object")));
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError(name, "is not a field; valid fields: " + String.join(", ", new java.util.TreeSet<>(FIELDS))));
            }
        }
        Language language = null;
        String languageName = text(body, "language", true, errors);
        if (languageName != null) {
            language = Language.of(languageName).orElse(null);
            if (language == null) {
                errors.add(new FieldError("language", "must be one of " + LANGUAGES));
            }
        }
        String code = text(body, "code", true, errors);
        if (code != null && code.getBytes(StandardCharsets.UTF_8).length > policy.maxCodeBytes()) {
            errors.add(new FieldError("code", "must be at most " + policy.maxCodeBytes() + " bytes"));
        }
        String stdin = text(body, "stdin", false, errors);
        if (stdin != null && stdin.getBytes(StandardCharsets.UTF_8).length > policy.maxStdinBytes()) {
            errors.add(new FieldError("stdin", "must be at most " + policy.maxStdinBytes() + " bytes"));
        }
        List<String> args = args(body.get("args"), policy.maxArgs(), errors);
        RunLimits limits = limits(body.get("limits"), policy.limits(), errors);
        ExecutionOrder.SqlOptions sql = sql(body, language, policy.sql(), errors);
        if (!errors.isEmpty()) {
            return new Parsed(null, List.copyOf(errors));
        }
        return new Parsed(new ExecutionOrder(language, code, stdin == null ? "" : stdin, args, limits, sql), List.of());
    }

    /** What was read: an order, or why not. */
    record Parsed(ExecutionOrder order, List<FieldError> errors) {}

    private static String text(JsonNode body, String field, boolean required, List<FieldError> errors) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        if (value.asText().indexOf('\0') >= 0 && !field.equals("stdin")) {
            errors.add(new FieldError(field, "must not contain NUL characters"));
            return null;
        }
        return value.asText();
    }

    private static List<String> args(JsonNode node, int maxArgs, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > maxArgs) {
            errors.add(new FieldError("args", "must be a list of at most " + maxArgs + " strings"));
            return List.of();
        }
        List<String> args = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode arg = node.get(i);
            if (!arg.isTextual() || arg.asText().indexOf('\0') >= 0 || arg.asText().length() > 4096) {
                errors.add(new FieldError("args[" + i + "]", "must be a string of at most 4096 characters without NUL"));
            } else {
                args.add(arg.asText());
            }
        }
        return args;
    }

    private static RunLimits limits(JsonNode node, ExecPolicy.Limits policy, List<FieldError> errors) {
        ExecPolicy.RunLimit defaults = policy.defaults();
        ExecPolicy.RunLimit max = policy.max();
        if (node == null || node.isNull()) {
            return new RunLimits(defaults.timeoutMs(), defaults.memoryMb(), defaults.outputKb());
        }
        if (!node.isObject()) {
            errors.add(new FieldError("limits", "must be an object with " + String.join(", ", new java.util.TreeSet<>(LIMITS))));
            return null;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!LIMITS.contains(name)) {
                errors.add(new FieldError("limits." + name, "is not a limit; valid limits: " + String.join(", ", new java.util.TreeSet<>(LIMITS))));
            }
        }
        return new RunLimits(limit(node, "timeout_ms", defaults.timeoutMs(), max.timeoutMs(), errors),
                limit(node, "memory_mb", defaults.memoryMb(), max.memoryMb(), errors),
                limit(node, "output_kb", defaults.outputKb(), max.outputKb(), errors));
    }

    /** The asked-for value, capped at the policy's maximum; 16 MiB is the least memory any runtime starts in. */
    private static long limit(JsonNode limits, String name, long fallback, long max, List<FieldError> errors) {
        JsonNode value = limits.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        long least = name.equals("memory_mb") ? 16 : 1;
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < least) {
            errors.add(new FieldError("limits." + name, "must be an integer of at least " + least));
            return fallback;
        }
        return Math.min(value.asLong(), max);
    }

    private static ExecutionOrder.SqlOptions sql(JsonNode body, Language language, ExecPolicy.Sql policy, List<FieldError> errors) {
        boolean isSql = language == Language.SQL;
        for (String field : List.of("dialect", "dataset", "row_cap")) {
            if (body.hasNonNull(field) && language != null && !isSql) {
                errors.add(new FieldError(field, "applies to sql only"));
            }
        }
        JsonNode dialect = body.get("dialect");
        if (dialect != null && !dialect.isNull() && !(dialect.isTextual() && dialect.asText().equals("sqlite"))) {
            errors.add(new FieldError("dialect", "must be sqlite: each execution gets a fresh in-memory SQLite database"));
        }
        JsonNode dataset = body.get("dataset");
        boolean sample = false;
        if (dataset != null && !dataset.isNull()) {
            if (dataset.isTextual() && dataset.asText().equals("sample")) {
                sample = true;
            } else {
                errors.add(new FieldError("dataset", "must be \"sample\" (the documented sample dataset) or null"));
            }
        }
        int rowCap = policy.rowCap();
        JsonNode cap = body.get("row_cap");
        if (cap != null && !cap.isNull()) {
            if (!cap.isIntegralNumber() || cap.asLong() < 1 || cap.asLong() > policy.maxRowCap()) {
                errors.add(new FieldError("row_cap", "must be an integer from 1 to " + policy.maxRowCap()));
            } else {
                rowCap = cap.asInt();
            }
        }
        return new ExecutionOrder.SqlOptions(sample, rowCap, policy.statementTimeoutMs());
    }
}
