package dev.codelive.exec.history;

import static dev.codelive.exec.history.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.platform.auth.Role;
import dev.codelive.platform.db.Database;
import dev.codelive.platform.db.IsolationInspector;
import dev.codelive.platform.db.IsolationReport;
import dev.codelive.platform.testing.RequiresService;
import dev.codelive.platform.testing.RequiresService.Service;
import dev.codelive.platform.testing.TestDatabase;
import dev.codelive.platform.testing.TestDatabase.Kind;
import dev.codelive.platform.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's row-level security on {@code executions}, beneath ExecutionLog's owner filter: statements acting for
 * Alice that forget the filter still reach only her runs.
 */
@RequiresService(Service.POSTGRES)
class ExecutionsRowLevelSecurityTest {
    private TestDatabase testDatabase;
    private TestServer server;
    private Database database;
    private String alice;
    private String bob;

    @BeforeEach
    void runsOfTwoUsersAndAnAnonymousOne() {
        testDatabase = TestDatabase.create(Kind.POSTGRESQL);
        server = TestServer.builder().env(testDatabase.env()).module(new HistoryModule()).start();
        database = server.platform().database();
        alice = Runs.user(server.platform(), "alice", Role.USER);
        bob = Runs.user(server.platform(), "bob", Role.USER);
        ExecutionLog log = new ExecutionLog(database.jdbi(), server.platform().ownedRows());
        log.record(run(alice, 1));
        log.record(run(alice, 2));
        log.record(run(bob, 3));
        log.record(run(null, 4));
    }

    @AfterEach
    void dropIt() {
        server.close();
        testDatabase.close();
    }

    private List<String> owners() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COALESCE(user_id, '-') FROM executions ORDER BY created_at")
                .mapTo(String.class).list());
    }

    @Test
    void anUnfilteredSelectActingForAliceSeesOnlyHerRuns() {
        List<String> seen = database.inTransactionAs(alice, handle ->
                handle.createQuery("SELECT user_id FROM executions").mapTo(String.class).list());

        assertThat(seen).hasSize(2).containsOnly(alice);
    }

    @Test
    void anUnfilteredDeleteActingForAliceRemovesOnlyHerRuns() {
        int deleted = database.inTransactionAs(alice, handle -> handle.createUpdate("DELETE FROM executions").execute());

        assertThat(deleted).isEqualTo(2);
        assertThat(owners()).containsExactly(bob, "-");
    }

    @Test
    void runsCannotBeWrittenInAnotherUsersName() {
        assertThatThrownBy(() -> database.inTransactionAs(alice, handle ->
                handle.createUpdate("UPDATE executions SET user_id = :bob").bind("bob", bob).execute()))
                .hasMessageContaining("row-level security");
        assertThat(owners()).containsExactly(alice, alice, bob, "-");
    }

    @Test
    void theTableIsDeclaredAndItsPolicyActive() {
        IsolationReport report = new IsolationInspector(database, server.platform().ownedRows()).report();

        assertThat(report.tables()).contains(new IsolationReport.TableIsolation("executions", "user_id", true, List.of("executions_owner"), true, true));
        assertThat(report.allActive()).isTrue();
    }
}
