package dev.ismsdecider.records;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;

import java.sql.SQLException;

/** The record store on a real PostgreSQL (see {@link TestDatabases#postgres()}), a schema of its own per test, dropped after it. */
@Tag(TestDatabases.POSTGRESQL)
class PostgresRecordStoreTests extends RecordStoreContract {

    private String url;

    @Override
    String newDatabase() {
        url = TestDatabases.postgres();
        return url;
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (url != null) {
            TestDatabases.dropPostgresSchema(url);
        }
    }

    @Override
    void disableTriggers() {
        sql.sql("ALTER TABLE chain_entries DISABLE TRIGGER USER").update();
    }
}
