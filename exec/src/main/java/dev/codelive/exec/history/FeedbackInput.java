package dev.codelive.exec.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codelive.platform.http.FieldError;
import dev.codelive.platform.http.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /api/feedback}, checked field by field so that one answer lists every problem (a typed
 * binding would stop at the first).
 *
 * @param rating 1-5
 * @param comment the comment; empty when absent, null or blank
 * @param context the context object as compact JSON; empty when absent or null
 */
record FeedbackInput(int rating, Optional<String> comment, Optional<String> context) {
    private static final Set<String> FIELDS = Set.of("rating", "comment", "context");

    /**
     * Reads {@code body}, a JSON object.
     *
     * @throws dev.codelive.platform.http.ProblemException 422 listing every invalid field
     */
    static FeedbackInput read(JsonNode body, ObjectMapper json) {
        List<FieldError> errors = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError(name, "is not a known field"));
            }
        });
        JsonNode rating = body.path("rating");
        if (rating.isMissingNode() || rating.isNull()) {
            errors.add(new FieldError("rating", "is required"));
        } else if (!rating.isIntegralNumber() || !rating.canConvertToInt()
                || rating.intValue() < Feedback.MIN_RATING || rating.intValue() > Feedback.MAX_RATING) {
            errors.add(new FieldError("rating", "must be a whole number from " + Feedback.MIN_RATING + " to " + Feedback.MAX_RATING));
        }
        JsonNode comment = body.path("comment");
        boolean hasComment = !comment.isMissingNode() && !comment.isNull();
        if (hasComment) {
            commentProblem(comment).ifPresent(problem -> errors.add(new FieldError("comment", problem)));
        }
        JsonNode context = body.path("context");
        boolean hasContext = !context.isMissingNode() && !context.isNull();
        String contextJson = null;
        if (hasContext) {
            Optional<String> problem = context.isObject() ? treeProblem(context) : Optional.of("must be a JSON object");
            if (problem.isEmpty()) {
                contextJson = compact(json, context);
                if (contextJson.getBytes(StandardCharsets.UTF_8).length > Feedback.MAX_CONTEXT_BYTES) {
                    problem = Optional.of("must be at most " + Feedback.MAX_CONTEXT_BYTES + " bytes as compact JSON");
                }
            }
            problem.ifPresent(message -> errors.add(new FieldError("context", message)));
        }
        if (!errors.isEmpty()) {
            throw Problem.validation(errors).toException();
        }
        return new FeedbackInput(rating.intValue(),
                hasComment && !comment.textValue().isBlank() ? Optional.of(comment.textValue()) : Optional.empty(),
                Optional.ofNullable(contextJson));
    }

    private static Optional<String> commentProblem(JsonNode comment) {
        if (!comment.isTextual()) {
            return Optional.of("must be a string");
        }
        String text = comment.textValue();
        if (text.length() > Feedback.MAX_COMMENT) {
            return Optional.of("must be at most " + Feedback.MAX_COMMENT + " characters");
        }
        if (!isWellFormed(text)) {
            return Optional.of("must be valid Unicode text");
        }
        // PostgreSQL cannot store NUL, and other control characters in free text are noise at best; line breaks and
        // tabs are what people type.
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            return Optional.of("must not contain control characters other than line breaks and tabs");
        }
        return Optional.empty();
    }

    /**
     * What in a context tree could not be stored faithfully: a lone surrogate (no UTF-8 form), or a number too large
     * for a double (it would come back as the string "Infinity").
     */
    private static Optional<String> treeProblem(JsonNode node) {
        if (node.isTextual() && !isWellFormed(node.textValue())) {
            return Optional.of("must hold only valid Unicode text");
        }
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            return Optional.of("must hold only finite numbers");
        }
        // Field names need no check: the parser refuses a lone surrogate in a name as malformed JSON (400).
        for (JsonNode child : node) {
            Optional<String> problem = treeProblem(child);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** False for a lone surrogate, which has no UTF-8 form. */
    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String compact(ObjectMapper json, JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree is always serialisable", e);
        }
    }
}
