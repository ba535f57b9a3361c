-- Entries are about 30 KB of JSON; PostgreSQL compresses them out of line (TOAST). LZ4 (PostgreSQL 14 and later,
-- when built with it) compresses and decompresses them several times faster than the default pglz, which is what
-- an append and a verification spend most of the database's time on. Rows already stored keep their compression;
-- the text, and so every hash, is the same either way. A server without LZ4 keeps pglz.
DO $$
BEGIN
    EXECUTE 'ALTER TABLE chain_entries ALTER COLUMN entry SET COMPRESSION lz4';
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'chain_entries.entry keeps the default compression: %', SQLERRM;
END
$$;
