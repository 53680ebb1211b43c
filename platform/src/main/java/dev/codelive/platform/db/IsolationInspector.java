package dev.codelive.platform.db;

import dev.codelive.platform.config.DatabaseUrl;
import dev.codelive.platform.db.IsolationReport.TableIsolation;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Reads from the catalog whether each declared owned table is protected by row-level security. */
public final class IsolationInspector {
    private final Database database;
    private final OwnedRows ownedRows;

    public IsolationInspector(Database database, OwnedRows ownedRows) {
        this.database = database;
        this.ownedRows = ownedRows;
    }

    public IsolationReport report() {
        if (database.vendor() != DatabaseUrl.Vendor.POSTGRESQL) {
            // H2 has no row-level security: the owner filter that ScopedHandle insists on is the only guard.
            List<TableIsolation> tables = ownedRows.tables().stream()
                    .map(table -> new TableIsolation(table.table(), table.ownerColumn(), false, List.of(), false, false))
                    .toList();
            return new IsolationReport(database.vendor().folder(), "application", null, tables);
        }
        List<TableIsolation> tables = database.jdbi().withHandle(handle ->
                ownedRows.tables().stream().map(table -> inspect(handle, table)).toList());
        return new IsolationReport(database.vendor().folder(), "row-level security", OwnedRows.SCOPED_ROLE, tables);
    }

    private TableIsolation inspect(Handle handle, OwnedTable table) {
        boolean security = handle.createQuery("""
                        SELECT c.relrowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = :schema AND c.relname = :table AND c.relkind = 'r'""")
                .bind("schema", database.schema()).bind("table", table.table())
                .mapTo(Boolean.class).findOne().orElse(false);
        List<String> policies = handle.createQuery("""
                        SELECT policyname FROM pg_policies
                        WHERE schemaname = :schema AND tablename = :table AND (CAST(:role AS name) = ANY (roles) OR CAST('public' AS name) = ANY (roles))
                        ORDER BY policyname""")
                .bind("schema", database.schema()).bind("table", table.table()).bind("role", OwnedRows.SCOPED_ROLE)
                .mapTo(String.class).list();
        boolean canRead = handle.createQuery("""
                        SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :role)
                                     AND to_regclass(format('%I.%I', :schema, :table)) IS NOT NULL
                                    THEN has_table_privilege(:role, format('%I.%I', :schema, :table), 'SELECT')
                                    ELSE FALSE END""")
                .bind("role", OwnedRows.SCOPED_ROLE).bind("schema", database.schema()).bind("table", table.table())
                .mapTo(Boolean.class).one();
        return new TableIsolation(table.table(), table.ownerColumn(), security, policies, canRead, security && !policies.isEmpty());
    }
}
