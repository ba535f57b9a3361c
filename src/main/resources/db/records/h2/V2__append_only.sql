-- append-only: UPDATE and DELETE are refused row by row
CREATE TRIGGER chain_entries_append_only BEFORE UPDATE, DELETE ON chain_entries FOR EACH ROW
    CALL 'dev.ismsdecider.records.AppendOnlyTrigger';
