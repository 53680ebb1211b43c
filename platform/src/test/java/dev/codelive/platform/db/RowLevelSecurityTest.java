package dev.codelive.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.platform.auth.Role;
import dev.codelive.platform.auth.TokenStore;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.testing.RequiresService;
import dev.codelive.platform.testing.RequiresService.Service;
import dev.codelive.platform.testing.TestDatabase;
import dev.codelive.platform.testing.TestDatabase.Kind;
import dev.codelive.platform.testing.TestServer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's row-level security on its own, beneath the application's owner filters: statements that forget the
 * filter entirely, run in a transaction acting for Alice, still cannot touch Bob's rows.
 */
@RequiresService(Service.POSTGRES)
class RowLevelSecurityTest {
    /** Tables with a user column that are not user-owned data, and why. */
    private static final Map<String, String> NOT_OWNED = Map.of(
            "user_groups", "group membership is set by admins, never by its user");

    private TestDatabase testDatabase;
    private TestServer server;
    private Database database;
    private Jdbi jdbi;
    private String alice;
    private String bob;
    private String bobsToken;

    @BeforeEach
    void twoUsersWithTokens() {
        testDatabase = TestDatabase.create(Kind.POSTGRESQL);
        // The smallest pool, so that a test can hold every pooled connection at once and inspect each.
        server = TestServer.builder().env(testDatabase.env()).env("DATABASE_POOL_SIZE", "2").start();
        Platform platform = server.platform();
        database = platform.database();
        jdbi = database.jdbi();
        alice = platform.users().create("alice@example.com", "Alice", null, Role.USER).id();
        bob = platform.users().create("bob@example.com", "Bob", null, Role.USER).id();
        platform.tokens().issue(alice);
        platform.tokens().issue(alice);
        bobsToken = platform.tokens().issue(bob);
    }

    @AfterEach
    void dropIt() {
        server.close();
        testDatabase.close();
    }

    private List<String> owners() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT user_id FROM api_tokens ORDER BY user_id").mapTo(String.class).list());
    }

    @Test
    void anUnfilteredSelectSeesOnlyTheActingUsersRows() {
        List<String> seen = database.inTransactionAs(alice, handle ->
                handle.createQuery("SELECT user_id FROM api_tokens").mapTo(String.class).list());

        assertThat(seen).hasSize(2).containsOnly(alice);
        assertThat(owners()).as("the admin path still sees everyone").contains(alice, bob);
    }

    @Test
    void anUnfilteredUpdateChangesOnlyTheActingUsersRows() {
        int changed = database.inTransactionAs(alice, handle ->
                handle.createUpdate("UPDATE api_tokens SET revoked_at = CURRENT_TIMESTAMP").execute());

        assertThat(changed).isEqualTo(2);
        assertThat(server.platform().tokens().authenticate(bobsToken)).as("Bob's token is untouched").isPresent();
    }

    @Test
    void anUnfilteredDeleteRemovesOnlyTheActingUsersRows() {
        int deleted = database.inTransactionAs(alice, handle -> handle.createUpdate("DELETE FROM api_tokens").execute());

        assertThat(deleted).isEqualTo(2);
        assertThat(owners()).containsExactly(bob);
    }

    @Test
    void rowsCannotBeWrittenInAnotherUsersName() {
        assertThatThrownBy(() -> database.inTransactionAs(alice, handle -> handle.createUpdate(
                        "INSERT INTO api_tokens (id, user_id, token_hash) VALUES ('forged', :bob, :hash)")
                .bind("bob", bob).bind("hash", "f".repeat(64)).execute()))
                .hasMessageContaining("row-level security");
        assertThatThrownBy(() -> database.inTransactionAs(alice, handle ->
                handle.createUpdate("UPDATE api_tokens SET user_id = :bob").bind("bob", bob).execute()))
                .hasMessageContaining("row-level security");
        assertThat(owners()).containsExactlyInAnyOrder(alice, alice, bob);
    }

    @Test
    void jobsAreKeptToTheirOwnerToo() {
        // No worker serves this queue, so the jobs stay queued while the test looks at them.
        server.platform().jobs().enqueue("rls-test", alice, null, Map.of("n", 1));
        server.platform().jobs().enqueue("rls-test", bob, null, Map.of("n", 2));
        server.platform().jobs().enqueue("rls-test", null, null, Map.of("n", 3));

        List<String> seen = database.inTransactionAs(alice, handle ->
                handle.createQuery("SELECT owner_id FROM jobs").mapTo(String.class).list());
        int cancelled = database.inTransactionAs(alice, handle ->
                handle.createUpdate("UPDATE jobs SET state = 'CANCELLED'").execute());

        assertThat(seen).containsExactly(alice);
        assertThat(cancelled).isEqualTo(1);
        int stillQueued = jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM jobs WHERE state = 'QUEUED'")
                .mapTo(Integer.class).one());
        assertThat(stillQueued).as("Bob's job and the system job are untouched").isEqualTo(2);
    }

    @Test
    void withoutAnActingUserNothingIsVisible() {
        List<String> seen = jdbi.inTransaction(handle -> {
            handle.execute("SET LOCAL ROLE " + OwnedRows.SCOPED_ROLE);
            return handle.createQuery("SELECT user_id FROM api_tokens").mapTo(String.class).list();
        });

        assertThat(seen).isEmpty();
    }

    @Test
    void theScopedRoleReachesOnlyOwnedTables() {
        assertThatThrownBy(() -> database.inTransactionAs(alice, handle ->
                handle.createQuery("SELECT email FROM users").mapTo(String.class).list()))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> database.inTransactionAs(alice, handle ->
                handle.createQuery("SELECT action FROM audit_log").mapTo(String.class).list()))
                .hasMessageContaining("permission denied");
    }

    @Test
    void theRoleAndUserEndWithTheirTransaction() {
        for (int i = 0; i < 4; i++) {
            database.inTransactionAs(alice, handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
        }

        try (var first = jdbi.open(); var second = jdbi.open()) {
            for (var handle : List.of(first, second)) {
                var state = handle.createQuery(
                                "SELECT current_user AS role, coalesce(current_setting('app.user_id', true), '') AS acting")
                        .mapToMap().one();
                assertThat(state.get("role")).isNotEqualTo(OwnedRows.SCOPED_ROLE);
                assertThat(state.get("acting")).isEqualTo("");
            }
        }
        assertThat(owners()).hasSize(3);
    }

    @Test
    void everyTableWithAUserColumnIsDeclaredAndProtected() {
        Set<String> withUserColumn = new HashSet<>(jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT DISTINCT table_name FROM information_schema.columns
                        WHERE table_schema = :schema AND column_name IN ('user_id', 'owner_id')""")
                .bind("schema", database.schema()).mapTo(String.class).list()));
        withUserColumn.removeAll(NOT_OWNED.keySet());

        IsolationReport report = new IsolationInspector(database, server.platform().ownedRows()).report();

        assertThat(report.tables()).extracting(IsolationReport.TableIsolation::table).containsExactlyInAnyOrderElementsOf(withUserColumn);
        assertThat(report.tables()).contains(
                new IsolationReport.TableIsolation(TokenStore.OWNED_TABLE.table(), "user_id", true, List.of("api_tokens_owner"), true, true),
                new IsolationReport.TableIsolation("jobs", "owner_id", true, List.of("jobs_owner"), true, true));
        assertThat(report.allActive()).isTrue();
    }

    @Test
    void theReportNoticesATableWhosePolicyIsOff() {
        jdbi.useHandle(handle -> handle.execute("ALTER TABLE api_tokens DISABLE ROW LEVEL SECURITY"));

        IsolationReport report = new IsolationInspector(database, server.platform().ownedRows()).report();

        assertThat(report.allActive()).isFalse();
        List<String> seen = database.inTransactionAs(alice, handle ->
                handle.createQuery("SELECT user_id FROM api_tokens").mapTo(String.class).list());
        assertThat(seen).as("what the report warns about: without the policy, an unfiltered query leaks").contains(bob);
    }
}
