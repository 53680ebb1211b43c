package dev.codelive.platform.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.codelive.platform.metrics.HttpMetrics;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads JSON request bodies: checks the media type, streams under the route's size limit, and turns every way a
 * body can be wrong into a precise problem (400 malformed, 413 too large, 415 wrong type, 422 wrong shape).
 */
public final class JsonBodies {
    private final ObjectMapper mapper;
    private final HttpMetrics metrics;
    private final long defaultMaxBytes;

    public JsonBodies(ObjectMapper mapper, HttpMetrics metrics, long defaultMaxBytes) {
        this.mapper = mapper;
        this.metrics = metrics;
        this.defaultMaxBytes = defaultMaxBytes;
    }

    /** The request body as {@code type}; fields of {@code type} are snake_case in JSON. */
    public <T> T read(Context ctx, Class<T> type) {
        requireJsonMediaType(ctx.header("Content-Type"));
        try (InputStream body = new LimitedInputStream(ctx.req().getInputStream(), BodyLimit.of(ctx, defaultMaxBytes))) {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw malformed("the request body is JSON null; expected " + describe(type));
            }
            return value;
        } catch (IOException e) {
            throw classify(e, type);
        }
    }

    /**
     * Maps a read failure to its problem. Parse and limit failures are looked for through the whole cause chain,
     * because Jackson wraps them when they happen inside a field (e.g. a truncated {@code data} value).
     */
    private ProblemException classify(IOException e, Class<?> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                metrics.bodyRejected("too_large");
                return ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, "the request body exceeds the limit of " + tooLarge.limit() + " bytes");
            }
            if (cause instanceof StreamConstraintsException constraint) {
                metrics.bodyRejected("too_complex");
                return malformed(constraintMessage(constraint));
            }
            if (cause instanceof JsonParseException parse) {
                metrics.bodyRejected("malformed");
                return malformed("malformed JSON" + at(parse.getLocation()) + ": " + reason(parse));
            }
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return invalid(fieldPath(unknown), "is not a known field");
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (mismatch.getPath().isEmpty()) {
                metrics.bodyRejected("malformed");
                return malformed(mismatch.getOriginalMessage().startsWith("No content")
                        ? "the request body is empty; expected " + describe(type)
                        : "expected " + describe(type) + " as the request body");
            }
            return invalid(fieldPath(mismatch), "must be " + describe(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping) {
            return invalid(fieldPath(mapping), "has an invalid value");
        }
        if (e instanceof JsonProcessingException processing) {
            metrics.bodyRejected("malformed");
            return malformed("malformed JSON" + at(processing.getLocation()));
        }
        // The client went away or stalled mid-body; nothing useful can be said beyond that.
        return malformed("the request body could not be read completely");
    }

    private static ProblemException invalid(String field, String message) {
        return Problem.validation(List.of(new FieldError(field, message))).toException();
    }

    private void requireJsonMediaType(String contentType) {
        String media = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !media.endsWith("+json")) {
            metrics.bodyRejected("unsupported_media_type");
            throw ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    contentType == null ? "send the body as application/json (no Content-Type was given)"
                            : "send the body as application/json, not " + media);
        }
    }

    private static ProblemException malformed(String detail) {
        return ProblemException.of(ProblemType.MALFORMED_REQUEST, detail);
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Jackson's reason without its source excerpt (which would echo the body back) or location suffix. */
    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf(" at [Source");
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        message = message.replaceAll("\\s*\\(start marker at \\[Source[^)]*\\)?", "");
        message = message.replaceAll("\\n.*", "");
        // Jackson quotes up to 256 characters of a bad token; a short excerpt locates it well enough.
        message = message.replaceAll("'([^']{32})[^']+'", "'$1…'");
        return message.trim();
    }

    private static String constraintMessage(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return "the JSON nests too deeply" + at(e.getLocation());
        }
        if (message.contains("String value length") || message.contains("Name length")) {
            return "a JSON string is longer than allowed" + at(e.getLocation());
        }
        if (message.contains("Number value length")) {
            return "a JSON number has too many digits" + at(e.getLocation());
        }
        return "the JSON exceeds a parser limit" + at(e.getLocation());
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (e instanceof UnrecognizedPropertyException unknown && !path.toString().endsWith(unknown.getPropertyName())) {
            path.append(path.isEmpty() ? "" : ".").append(unknown.getPropertyName());
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    /** A type as a client thinks of it; never a Java class name. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a JSON object";
        }
        return "a valid value";
    }
}
