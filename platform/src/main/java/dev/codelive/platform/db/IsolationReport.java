package dev.codelive.platform.db;

import java.util.List;

/**
 * How each user-owned table is kept to its owner, as the database itself reports it.
 *
 * @param database the engine, "postgresql" or "h2"
 * @param enforcement "row-level security" where the database enforces ownership, else "application"
 * @param scopedRole the role user-scoped transactions run as, on PostgreSQL
 * @param tables one entry per declared owned table
 */
public record IsolationReport(String database, String enforcement, String scopedRole, List<TableIsolation> tables) {

    public IsolationReport {
        tables = List.copyOf(tables);
    }

    /**
     * @param rowLevelSecurity row-level security is switched on for the table
     * @param policies the policies that apply to the scoped role
     * @param scopedRoleCanRead the scoped role has SELECT on the table (else scoped work would fail, not leak)
     * @param active the database enforces ownership: security on, at least one policy for the scoped role
     */
    public record TableIsolation(String table, String ownerColumn, boolean rowLevelSecurity, List<String> policies,
                                 boolean scopedRoleCanRead, boolean active) {
        public TableIsolation {
            policies = List.copyOf(policies);
        }
    }

    /** True when every declared table is enforced by the database. */
    public boolean allActive() {
        return !tables.isEmpty() && tables.stream().allMatch(TableIsolation::active);
    }
}
