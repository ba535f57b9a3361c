-- Decision records (dev.ismsdecider.records, docs/records.md): API keys, and each tenant's hash chain of entries.
-- The same on H2 and PostgreSQL but for the type of long text (placeholder entry_type: CLOB or TEXT, set by
-- RecordsDatabase); the append-only triggers follow in each database's own V2.
CREATE TABLE api_keys (
    id          VARCHAR(36)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    tenant      VARCHAR(100) NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    key_hash    CHAR(64)     NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_keys_tenant ON api_keys (tenant);

-- entry holds the canonical JSON (RFC 8785) the hash covers; the other columns repeat some of its fields so that
-- lists can be filtered, and verification checks that they still agree with it.
CREATE TABLE chain_entries (
    tenant            VARCHAR(100)  NOT NULL,
    seq               BIGINT        NOT NULL,
    id                VARCHAR(36)   NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by       VARCHAR(200)  NOT NULL,
    subject_id        VARCHAR(36),
    verdict           VARCHAR(40),
    organization      VARCHAR(1000),
    rule_set_version  VARCHAR(200),
    entry             ${entry_type} NOT NULL,
    prev_hash         CHAR(64)      NOT NULL,
    entry_hash        CHAR(64)      NOT NULL,
    CONSTRAINT chain_entries_pk PRIMARY KEY (tenant, seq),
    CONSTRAINT chain_entries_id UNIQUE (id)
);
CREATE INDEX chain_entries_list ON chain_entries (tenant, kind, seq);
CREATE INDEX chain_entries_subject ON chain_entries (tenant, subject_id);
