package dev.codelive.platform.http.route;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the JSON Schema fragments routes publish in {@code /openapi.json}. */
public final class Schemas {
    private Schemas() {}

    public static Map<String, Object> string(String description) {
        return Map.of("type", "string", "description", description);
    }

    public static Map<String, Object> string(String description, int maxLength) {
        return Map.of("type", "string", "description", description, "maxLength", maxLength);
    }

    public static Map<String, Object> any(String description) {
        return Map.of("description", description);
    }

    public static Map<String, Object> constant(String value) {
        return Map.of("type", "string", "enum", List.of(value));
    }

    public static Map<String, Object> freeObject(String description) {
        return Map.of("type", "object", "description", description, "additionalProperties", true);
    }

    /** An object with the given properties; {@code required} lists the mandatory ones. */
    public static Map<String, Object> object(Map<String, Map<String, Object>> properties, List<String> required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }
}
