package dev.ismsdecider.server.api;

import dev.ismsdecider.records.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The records endpoints on a real PostgreSQL (see {@link TestDatabases#postgres()}). */
@Tag(TestDatabases.POSTGRESQL)
class PostgresRecordsApiTests extends RecordsApiContract {

    private static String url;

    /** Before the server starts: without PostgreSQL the class fails under CI and is skipped elsewhere. */
    @BeforeAll
    static void schema() {
        url = TestDatabases.postgres();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> url);
    }
}
