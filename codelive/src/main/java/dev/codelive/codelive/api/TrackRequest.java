package dev.codelive.codelive.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.knobs.Optimization;
import dev.codelive.codelive.knobs.SqlDialect;
import dev.codelive.platform.http.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One track to render, read from JSON: {@code {"backend", "code", "knobs": {...}, "execute"}}, where each knob may also
 * sit at the top level ({@code "parallel": true}) as the quick form of the API allows, but not in both places.
 * {@code execute} is not a knob (it does not change the program), so it sits at the top level only. Unknown fields,
 * unknown knobs and out-of-range values are errors that list what is valid.
 *
 * @param execute whether to run the rendered program in the execution sandbox and compare its output
 * @param errors what is wrong, field by field; empty when the track is valid
 */
record TrackRequest(String backend, String code, Knobs knobs, boolean execute, List<FieldError> errors) {
    /** Bytes of snippet accepted; the parser enforces the same limit, this answers before parsing. */
    static final Set<String> KNOBS = new LinkedHashSet<>(List.of("parallel", "threads", "unsafe", "optimizations", "dialect"));
    private static final Set<String> FIELDS = new LinkedHashSet<>(List.of("backend", "code", "knobs", "execute"));
    private static final String OPTIMIZATIONS = Arrays.stream(Optimization.values()).map(Optimization::knob).collect(Collectors.joining(", "));
    private static final String DIALECTS = Arrays.stream(SqlDialect.values()).map(SqlDialect::knob).collect(Collectors.joining(", "));

    boolean valid() {
        return errors.isEmpty();
    }

    static TrackRequest read(JsonNode body, String prefix, int maxCodeBytes) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            return new TrackRequest(null, null, Knobs.DEFAULTS, false, List.of(new FieldError(prefix.isEmpty() ? "body" : prefix, "must be a JSON object")));
        }
        JsonNode knobsNode = body.path("knobs");
        if (!knobsNode.isMissingNode() && !knobsNode.isObject()) {
            errors.add(new FieldError(prefix + "knobs", "must be an object of knobs: " + String.join(", ", KNOBS)));
            knobsNode = null;
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name) && !KNOBS.contains(name)) {
                errors.add(new FieldError(prefix + name, "is not a field; valid fields: " + String.join(", ", FIELDS) + ", and the knobs "
                        + String.join(", ", KNOBS)));
            }
        }
        if (knobsNode != null && knobsNode.isObject()) {
            for (Iterator<String> names = knobsNode.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.equals("execute")) {
                    errors.add(new FieldError(prefix + "knobs.execute", "is not a knob (it does not change the program): give execute at the top level"));
                } else if (!KNOBS.contains(name)) {
                    errors.add(new FieldError(prefix + "knobs." + name, "is not a knob; valid knobs: " + String.join(", ", KNOBS)));
                } else if (body.has(name)) {
                    errors.add(new FieldError(prefix + name, "is given both at the top level and in knobs"));
                }
            }
        }
        String backend = text(body, "backend", prefix, errors);
        String code = text(body, "code", prefix, errors);
        if (code != null && code.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > maxCodeBytes) {
            errors.add(new FieldError(prefix + "code", "must be at most " + maxCodeBytes + " bytes"));
        }
        Map<String, JsonNode> knobs = new java.util.HashMap<>();
        for (String knob : KNOBS) {
            JsonNode value = body.has(knob) ? body.get(knob) : knobsNode == null ? null : knobsNode.get(knob);
            if (value != null) {
                knobs.put(knob, value);
            }
        }
        String knobPrefix = prefix + (knobsNode != null && knobsNode.isObject() && knobsNode.size() > 0 ? "knobs." : "");
        boolean execute = bool(body.get("execute"), false, prefix + "execute", errors);
        boolean parallel = bool(knobs.get("parallel"), Knobs.DEFAULTS.parallel(), knobPrefix + "parallel", errors);
        boolean unsafe = bool(knobs.get("unsafe"), Knobs.DEFAULTS.unsafe(), knobPrefix + "unsafe", errors);
        int threads = Knobs.DEFAULTS.threads();
        JsonNode threadsNode = knobs.get("threads");
        if (threadsNode != null) {
            if (!threadsNode.isIntegralNumber() || threadsNode.asLong() < 1 || threadsNode.asLong() > Knobs.MAX_THREADS) {
                errors.add(new FieldError(knobPrefix + "threads", "must be an integer from 1 to " + Knobs.MAX_THREADS));
            } else {
                threads = threadsNode.asInt();
            }
        }
        Set<Optimization> optimizations = EnumSet.noneOf(Optimization.class);
        JsonNode optimizationsNode = knobs.get("optimizations");
        if (optimizationsNode != null) {
            if (!optimizationsNode.isArray()) {
                errors.add(new FieldError(knobPrefix + "optimizations", "must be a list of strategies: " + OPTIMIZATIONS));
            } else {
                for (JsonNode item : optimizationsNode) {
                    Arrays.stream(Optimization.values()).filter(o -> o.knob().equals(item.asText()) && item.isTextual()).findFirst()
                            .ifPresentOrElse(optimizations::add, () -> errors.add(new FieldError(knobPrefix + "optimizations",
                                    "has an unknown strategy " + item + "; valid strategies: " + OPTIMIZATIONS)));
                }
            }
        }
        SqlDialect dialect = Knobs.DEFAULTS.dialect();
        JsonNode dialectNode = knobs.get("dialect");
        if (dialectNode != null) {
            var match = Arrays.stream(SqlDialect.values()).filter(d -> dialectNode.isTextual() && d.knob().equals(dialectNode.asText())).findFirst();
            if (match.isEmpty()) {
                errors.add(new FieldError(knobPrefix + "dialect", "must be one of " + DIALECTS));
            } else {
                dialect = match.get();
            }
        }
        Knobs parsed = errors.isEmpty() ? new Knobs(parallel, threads, unsafe, optimizations, dialect) : Knobs.DEFAULTS;
        return new TrackRequest(backend, code, parsed, execute, List.copyOf(errors));
    }

    private static String text(JsonNode body, String field, String prefix, List<FieldError> errors) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            errors.add(new FieldError(prefix + field, "is required"));
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(prefix + field, "must be a string"));
            return null;
        }
        return value.asText();
    }

    private static boolean bool(JsonNode value, boolean fallback, String field, List<FieldError> errors) {
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            errors.add(new FieldError(field, "must be true or false"));
            return fallback;
        }
        return value.asBoolean();
    }
}
