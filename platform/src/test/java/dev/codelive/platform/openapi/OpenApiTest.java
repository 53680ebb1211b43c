package dev.codelive.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestRoutesModule;
import dev.codelive.platform.testing.TestServer;
import org.junit.jupiter.api.Test;

class OpenApiTest {

    @Test
    void everyRegisteredEndpointIsDocumented() {
        try (TestServer server = TestServer.builder().module(new TestRoutesModule()).start()) {
            JsonNode document = Json.parse(Http.get(server.uri("/openapi.json")).body());
            JsonNode paths = document.path("paths");

            assertThat(document.path("openapi").asText()).startsWith("3.1");
            assertThat(server.server().registeredEndpoints()).isNotEmpty().allSatisfy(endpoint -> {
                String[] parts = endpoint.split(" ", 2);
                JsonNode operation = paths.path(parts[1]).path(parts[0].toLowerCase());
                assertThat(operation.isObject()).as("%s is in /openapi.json", endpoint).isTrue();
                assertThat(operation.path("summary").asText()).as("summary of %s", endpoint).isNotBlank();
                assertThat(operation.path("responses").size()).as("responses of %s", endpoint).isPositive();
            });
        }
    }

    @Test
    void bodiesPathParametersAndProblemsAreDescribed() {
        try (TestServer server = TestServer.builder().module(new TestRoutesModule()).start()) {
            JsonNode document = Json.parse(Http.get(server.uri("/openapi.json")).body());

            JsonNode echo = document.path("paths").path("/api/echo").path("post");
            assertThat(echo.path("requestBody").path("content").path("application/json").path("schema").path("required").get(0).asText())
                    .isEqualTo("message");
            assertThat(echo.path("responses").has("413")).isTrue();
            assertThat(echo.path("responses").path("429").path("content").has("application/problem+json")).isTrue();
            JsonNode item = document.path("paths").path("/test/items/{id}").path("get");
            assertThat(item.path("parameters").get(0).path("name").asText()).isEqualTo("id");
            assertThat(document.path("components").path("schemas").path("Problem").path("properties").has("request_id")).isTrue();
        }
    }
}
