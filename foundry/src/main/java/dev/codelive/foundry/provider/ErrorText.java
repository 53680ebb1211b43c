package dev.codelive.foundry.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The human words in a provider's error body: Replicate's problem details ({@code detail}, {@code title}), fal's
 * {@code detail} (a string, or a list of {@code {loc, msg, type}}), or a plain {@code error} / {@code message}.
 */
final class ErrorText {
    private ErrorText() {}

    static String of(JsonNode body) {
        JsonNode detail = body.path("detail");
        if (detail.isTextual() && !detail.asText().isBlank()) {
            String title = body.path("title").asText("");
            return title.isBlank() || detail.asText().startsWith(title) ? detail.asText() : title + ": " + detail.asText();
        }
        if (detail.isArray() && !detail.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode item : detail) {
                parts.add(item.isTextual() ? item.asText() : describeItem(item));
            }
            return String.join("; ", parts);
        }
        for (String field : List.of("title", "error", "message")) {
            JsonNode node = body.path(field);
            if (node.isTextual() && !node.asText().isBlank()) {
                return node.asText();
            }
            if (node.isObject() && node.path("message").isTextual()) {
                return node.path("message").asText();
            }
        }
        return body.isTextual() ? body.asText() : "";
    }

    /** True when any item of fal's {@code detail} list has type {@code type}. */
    static boolean hasDetailType(JsonNode body, String type) {
        for (JsonNode item : body.path("detail")) {
            if (type.equals(item.path("type").asText())) {
                return true;
            }
        }
        return type.equals(body.path("error_type").asText());
    }

    private static String describeItem(JsonNode item) {
        String message = item.path("msg").asText(item.path("message").asText(""));
        JsonNode location = item.path("loc");
        if (location.isArray() && !location.isEmpty()) {
            String field = location.get(location.size() - 1).asText();
            return message.isBlank() ? field : field + ": " + message;
        }
        return message;
    }
}
