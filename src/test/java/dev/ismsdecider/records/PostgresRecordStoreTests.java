package dev.ismsdecider.records;

import org.junit.jupiter.api.Tag;

/** The record store on a real PostgreSQL (see {@link TestDatabases#postgres()}). */
@Tag(TestDatabases.POSTGRESQL)
class PostgresRecordStoreTests extends RecordStoreContract {

    @Override
    String newDatabase() {
        return TestDatabases.postgres();
    }

    @Override
    void disableTriggers() {
        sql.sql("ALTER TABLE chain_entries DISABLE TRIGGER USER").update();
    }
}
