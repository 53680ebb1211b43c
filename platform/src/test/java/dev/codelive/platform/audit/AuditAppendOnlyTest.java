package dev.codelive.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.platform.db.Database;
import dev.codelive.platform.testing.RequiresService;
import dev.codelive.platform.testing.RequiresService.Service;
import dev.codelive.platform.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** On PostgreSQL the database itself refuses to rewrite history, whatever code runs against it. */
@RequiresService(Service.POSTGRES)
class AuditAppendOnlyTest {

    @Test
    void updateAndDeleteAreRefusedByTheDatabase() {
        try (TestDatabase testDatabase = TestDatabase.create(TestDatabase.Kind.POSTGRESQL);
             Database database = Database.open(testDatabase.settings(), new SimpleMeterRegistry())) {
            database.migrate();
            new AuditLog(database.jdbi()).recordSystem("test.event", "target", "original");

            assertThatThrownBy(() -> database.jdbi().useHandle(handle -> handle.execute("UPDATE audit_log SET detail = 'forged'")))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> database.jdbi().useHandle(handle -> handle.execute("DELETE FROM audit_log")))
                    .hasMessageContaining("append-only");
            String detail = database.jdbi().withHandle(handle -> handle.createQuery("SELECT detail FROM audit_log").mapTo(String.class).one());
            assertThat(detail).isEqualTo("original");
        }
    }
}
