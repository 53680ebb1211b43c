package dev.codelive.platform.db;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.auth.Role;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.ServerOnEachDatabase;
import dev.codelive.platform.testing.TestDatabase.Kind;
import dev.codelive.platform.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The application's half of isolation, which H2 relies on alone: scoped statements must filter by owner. */
@ParameterizedClass
@EnumSource(Kind.class)
class OwnedRowsTest extends ServerOnEachDatabase {
    private static final String ADMIN = "owned-rows-admin-token-0123456789abcdefghij";

    OwnedRowsTest(Kind kind) {
        super(kind);
    }

    @Override
    protected void configure(TestServer.Builder builder) {
        builder.env("ADMIN_TOKEN", ADMIN).unthrottled();
    }

    @Test
    void aScopedStatementWithoutTheOwnerFilterNeverRuns() {
        OwnedRows rows = server.platform().ownedRows();
        String alice = server.platform().users().create("alice@example.com", "Alice", null, Role.USER).id();
        server.platform().tokens().issue(alice);

        assertThatThrownBy(() -> rows.inScope(alice, scope -> scope.query("SELECT id FROM api_tokens").mapTo(String.class).list()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":owner_id");
        assertThatThrownBy(() -> rows.inScope(alice, scope -> scope.update("DELETE FROM api_tokens").execute()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rows.inScope(alice, scope -> scope.update("DELETE FROM api_tokens WHERE user_id = :owner_idx").execute()))
                .as("a look-alike parameter is not the owner filter").isInstanceOf(IllegalArgumentException.class);
        int count = rows.inScope(alice, scope -> scope.query("SELECT COUNT(*) FROM api_tokens WHERE user_id = :owner_id")
                .mapTo(Integer.class).one());
        assertThat(count).isEqualTo(1);
    }

    @Test
    void ownedTablesAreDeclaredOnce() {
        OwnedRows rows = server.platform().ownedRows();

        assertThatThrownBy(() -> rows.declare(new OwnedTable("api_tokens", "user_id"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OwnedTable("api_tokens; DROP TABLE users", "user_id")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adminsSeeHowEachOwnedTableIsProtected() {
        String user = Json.parse(Http.postJson(server.uri("/api/auth/signup"),
                "{\"email\":\"user@example.com\",\"password\":\"correct horse battery\"}").body()).path("token").asText();
        assertProblem(Http.get(server.uri("/api/diagnostics/rls-policies")), 401);
        assertProblem(Http.get(server.uri("/api/diagnostics/rls-policies"), "Authorization", "Bearer " + user), 403);

        var response = Http.get(server.uri("/api/diagnostics/rls-policies"), "Authorization", "Bearer " + ADMIN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = Json.parse(response.body());
        JsonNode tokens = report.path("tables").get(0);
        assertThat(tokens.path("table").asText()).isEqualTo("api_tokens");
        assertThat(tokens.path("owner_column").asText()).isEqualTo("user_id");
        if (kind == Kind.POSTGRESQL) {
            assertThat(report.path("enforcement").asText()).isEqualTo("row-level security");
            assertThat(report.path("scoped_role").asText()).isEqualTo(OwnedRows.SCOPED_ROLE);
            assertThat(tokens.path("active").asBoolean()).isTrue();
            assertThat(tokens.path("policies")).extracting(JsonNode::asText).isEqualTo(List.of("api_tokens_owner"));
        } else {
            assertThat(report.path("enforcement").asText()).isEqualTo("application");
            assertThat(tokens.path("active").asBoolean()).isFalse();
        }
    }
}
