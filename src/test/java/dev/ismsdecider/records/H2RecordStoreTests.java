package dev.ismsdecider.records;

/** The record store on an H2 file database, the server's default. */
class H2RecordStoreTests extends RecordStoreContract {

    @Override
    String newDatabase() {
        return TestDatabases.h2();
    }

    @Override
    void disableTriggers() {
        // H2 cannot switch a trigger off; its owner drops it
        sql.sql("DROP TRIGGER chain_entries_append_only").update();
    }
}
