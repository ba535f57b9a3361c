package dev.ismsdecider.records;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * H2's part of the append-only rule (db/records/h2): a row trigger on {@code chain_entries} that refuses every UPDATE
 * and DELETE. PostgreSQL has the same rule as a PL/pgSQL trigger.
 */
public final class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("chain entries are append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "23000");
    }
}
