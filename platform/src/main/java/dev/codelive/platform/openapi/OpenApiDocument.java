package dev.codelive.platform.openapi;

import dev.codelive.platform.http.route.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the OpenAPI 3.1 document from the registered routes, so the reference cannot drift from the router. */
public final class OpenApiDocument {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    private static final Map<String, Object> PROBLEM_REF = Map.of("$ref", "#/components/schemas/Problem");

    private OpenApiDocument() {}

    public static Map<String, Object> build(String version, List<Route> routes) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", Map.of(
                "title", "Code Live",
                "version", version,
                "description", "A self-hosted creative studio for code and sound. Errors are application/problem+json (RFC 9457)."));
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        for (Route route : routes) {
            paths.computeIfAbsent(route.path(), ignored -> new LinkedHashMap<>())
                    .put(route.method().toLowerCase(Locale.ROOT), operation(route));
        }
        document.put("paths", paths);
        document.put("components", Map.of(
                "schemas", Map.of("Problem", problemSchema()),
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer"))));
        return document;
    }

    private static Map<String, Object> operation(Route route) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", operationId(route));
        operation.put("summary", route.summary());
        operation.put("tags", List.of(route.tag()));
        List<Map<String, Object>> parameters = new ArrayList<>();
        Matcher matcher = PATH_PARAM.matcher(route.path());
        while (matcher.find()) {
            parameters.add(Map.of("name", matcher.group(1), "in", "path", "required", true, "schema", Map.of("type", "string")));
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        route.requestSchema().ifPresent(schema -> operation.put("requestBody", Map.of(
                "required", true,
                "content", Map.of("application/json", Map.of("schema", schema)))));
        Map<String, Object> responses = new TreeMap<>();
        for (Route.ResponseDoc response : route.responses()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("description", response.description());
            response.contentType().ifPresent(type -> entry.put("content",
                    Map.of(type, response.schema().<Map<String, Object>>map(schema -> Map.of("schema", schema)).orElse(Map.of()))));
            responses.put(Integer.toString(response.status()), entry);
        }
        if (route.requestSchema().isPresent()) {
            responses.putIfAbsent("400", problem("Malformed JSON"));
            responses.putIfAbsent("413", problem("Body over the route's limit"));
            responses.putIfAbsent("415", problem("Body is not application/json"));
            responses.putIfAbsent("422", problem("Body is well-formed but invalid; see errors[]"));
        }
        if (route.access() != Route.Access.PUBLIC) {
            operation.put("security", List.of(Map.of("bearer", List.of())));
            responses.putIfAbsent("401", problem("No credentials, or a token that is unknown, revoked or of a disabled user"));
        }
        if (route.access() == Route.Access.ADMIN) {
            responses.putIfAbsent("403", problem("Signed in, but not an admin"));
        }
        if (route.rateClass().isPresent()) {
            responses.putIfAbsent("429", problem("Rate class '" + route.rateClass().get() + "' exhausted; see Retry-After"));
        }
        operation.put("responses", responses);
        return operation;
    }

    private static Map<String, Object> problem(String description) {
        return Map.of("description", description, "content", Map.of("application/problem+json", Map.of("schema", PROBLEM_REF)));
    }

    private static String operationId(Route route) {
        StringBuilder id = new StringBuilder(route.method().toLowerCase(Locale.ROOT));
        for (String segment : route.path().split("[/._-]")) {
            String clean = segment.replace("{", "").replace("}", "");
            if (!clean.isEmpty()) {
                id.append(Character.toUpperCase(clean.charAt(0))).append(clean.substring(1));
            }
        }
        return id.toString();
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", Map.of("type", "string", "format", "uri-reference"));
        properties.put("title", Map.of("type", "string"));
        properties.put("status", Map.of("type", "integer"));
        properties.put("detail", Map.of("type", "string"));
        properties.put("instance", Map.of("type", "string"));
        properties.put("request_id", Map.of("type", "string"));
        properties.put("errors", Map.of("type", "array", "items", Map.of(
                "type", "object",
                "properties", Map.of("field", Map.of("type", "string"), "message", Map.of("type", "string")))));
        return Map.of("type", "object", "required", List.of("type", "title", "status", "request_id"), "properties", properties);
    }
}
