package dev.codelive.platform.db;

import java.util.regex.Pattern;

/**
 * A table whose every row belongs to one user, named by {@code ownerColumn}. Declared to {@link OwnedRows} so that
 * diagnostics can show how each one is protected.
 */
public record OwnedTable(String table, String ownerColumn) {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public OwnedTable {
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(ownerColumn).matches()) {
            throw new IllegalArgumentException("not a plain lower-case SQL identifier: " + table + "." + ownerColumn);
        }
    }
}
