package dev.codelive.platform.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code instance} and {@code request_id} are filled in when the problem is written,
 * so code raising a problem only says what went wrong.
 *
 * @param type the problem type URI
 * @param title short, stable summary of the type
 * @param status HTTP status
 * @param detail what went wrong in this occurrence, safe to show a user
 * @param errors per-field validation errors, possibly empty
 * @param extensions further members (e.g. {@code checks} of a readiness failure)
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, Map<String, Object> extensions) {

    public Problem {
        errors = List.copyOf(errors);
        extensions = Map.copyOf(extensions);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, List.of(), Map.of());
    }

    public static Problem validation(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields are invalid";
        return new Problem(ProblemType.VALIDATION_FAILED.uri(), ProblemType.VALIDATION_FAILED.title(), 422, detail, errors, Map.of());
    }

    public Problem withExtension(String name, Object value) {
        Map<String, Object> merged = new LinkedHashMap<>(extensions);
        merged.put(name, value);
        return new Problem(type, title, status, detail, errors, merged);
    }

    /** Raise this problem as the response to the current request. */
    public ProblemException toException() {
        return new ProblemException(this, Map.of());
    }
}
